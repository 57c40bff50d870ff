import type { SiteState, TabSummary } from '../../lib/messages/protocol';

export interface PopupStrings {
  title: string;
  thisSite: string;
  enableSite: string;
  pause: string;
  reasons: Record<SiteState['reason'], string>;
  reloadHint: string;
  noPage: string;
  mentions: string;
  kinds: { topic: string; agency: string; standard: string };
  topItems: string;
  none: string;
  shortcut: string;
  links: { href: string; label: string }[];
}

export interface PopupViewProps {
  strings: PopupStrings;
  /** Undefined when the active tab is not an http(s) page. */
  site?: SiteState;
  paused: boolean;
  summary?: TabSummary;
  /** A message to show (an error, a denied permission, a reload hint). */
  notice?: string;
  busy?: boolean;
  onToggleSite: (enabled: boolean) => void;
  onTogglePause: (paused: boolean) => void;
}

/** The toolbar popup: this site on/off, global pause, what the page touches. Props only. */
export function PopupView(props: PopupViewProps) {
  const { strings: s, site, summary } = props;
  return (
    <main class="page">
      <h1>{s.title}</h1>
      {site ? (
        <section aria-label={s.thisSite}>
          <p class="origin">
            <strong>{s.thisSite}</strong> {site.origin}
          </p>
          <label class="switch">
            <input
              type="checkbox"
              checked={site.enabled}
              disabled={props.busy || props.paused}
              onChange={(e) => props.onToggleSite((e.currentTarget as HTMLInputElement).checked)}
            />
            {s.enableSite}
          </label>
          <p class="reason">{s.reasons[site.reason]}</p>
        </section>
      ) : (
        <p class="reason">{s.noPage}</p>
      )}
      <label class="switch">
        <input
          type="checkbox"
          checked={props.paused}
          disabled={props.busy}
          onChange={(e) => props.onTogglePause((e.currentTarget as HTMLInputElement).checked)}
        />
        {s.pause}
      </label>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      {summary && (
        <section aria-label={s.mentions}>
          <h2>
            {s.mentions}: {summary.count}
          </h2>
          {summary.count === 0 ? (
            <p>{s.none}</p>
          ) : (
            <>
              <ul class="kinds">
                {(['topic', 'agency', 'standard'] as const).map((k) => (
                  <li key={k}>
                    {s.kinds[k]} <strong>{summary.byKind[k]}</strong>
                  </li>
                ))}
              </ul>
              <h3>{s.topItems}</h3>
              <ol class="items">
                {summary.byItem.slice(0, 5).map((item) => (
                  <li key={item.no}>
                    {item.label} {item.title} <strong>{item.count}</strong>
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
      <p class="hint">{s.shortcut}</p>
      <nav>
        <ul class="links">
          {s.links.map((l) => (
            <li key={l.href}>
              <a href={l.href} target="_blank" rel="noopener">
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </main>
  );
}
