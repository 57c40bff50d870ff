import type { ComponentChildren } from 'preact';
import type {
  CardLangPref,
  KindSwitches,
  PageStateReason,
  Settings,
  ShownKind,
  SiteList,
} from '../../lib/messages/protocol';

export interface OptionsStrings {
  title: string;
  intro: string;
  pause: string;
  cardLang: string;
  langs: Record<CardLangPref, string>;
  hoverDelay: string;
  saved: string;
  defaultSites: string;
  /** Heading of the hosts the user switched on or off. */
  yourSites: string;
  noSites: string;
  remove: string;
  /** `Remove news.example.com`: the remove button's accessible name. */
  removeSite: (host: string) => string;
  reasons: Record<PageStateReason, string>;
  /** Legend of the kind switches. */
  kinds: string;
  kindNames: Record<ShownKind, string>;
}

export interface OptionsViewProps {
  strings: OptionsStrings;
  settings?: Settings;
  /** Undefined until the background answered. */
  sites?: SiteList;
  notice?: string;
  onPause: (paused: boolean) => void;
  onCardLang: (lang: CardLangPref) => void;
  onHoverDelay: (ms: number) => void;
  onKinds: (kinds: KindSwitches) => void;
  onDefaultSite: (domain: string, enabled: boolean) => void;
  onRemoveSite: (origin: string) => void;
  /** The "Your own terms" section (components/options/UserTerms.tsx), after the sites. */
  userTerms?: ComponentChildren;
}

const LANGS: CardLangPref[] = ['auto', 'zh-Hans', 'zh-Hant', 'en'];
const KINDS: ShownKind[] = ['topic', 'agency', 'standard', 'clip'];

/**
 * Settings: global pause, the card's language, the hover delay; the default government domains (each
 * can be switched off) and the hosts the user decided on (each removable). Props only.
 */
export function OptionsView({ strings: s, settings, sites, notice, userTerms, ...on }: OptionsViewProps) {
  return (
    <main class="page">
      <h1>{s.title}</h1>
      <p class="intro">{s.intro}</p>
      {settings && (
        <form onSubmit={(e) => e.preventDefault()}>
          <p>
            <label>
              <input
                type="checkbox"
                checked={settings.paused}
                onChange={(e) => on.onPause((e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {s.pause}
            </label>
          </p>
          <p>
            <label>
              {s.cardLang}{' '}
              <select
                value={settings.ui.cardLang}
                onChange={(e) => on.onCardLang((e.currentTarget as HTMLSelectElement).value as CardLangPref)}
              >
                {LANGS.map((l) => (
                  <option key={l} value={l}>
                    {s.langs[l]}
                  </option>
                ))}
              </select>
            </label>
          </p>
          <p>
            <label>
              {s.hoverDelay}{' '}
              <input
                type="number"
                min={0}
                max={2000}
                step={50}
                value={settings.ui.hoverDelayMs}
                onChange={(e) => {
                  const ms = Number((e.currentTarget as HTMLInputElement).value);
                  if (Number.isInteger(ms) && ms >= 0 && ms <= 2000) on.onHoverDelay(ms);
                }}
              />
            </label>
          </p>
          <fieldset class="kinds">
            <legend>{s.kinds}</legend>
            {KINDS.map((kind) => (
              <label key={kind} class={`kind kind-${kind}`}>
                <input
                  type="checkbox"
                  checked={settings.ui.kinds[kind]}
                  data-kind={kind}
                  onChange={(e) =>
                    on.onKinds({
                      ...settings.ui.kinds,
                      [kind]: (e.currentTarget as HTMLInputElement).checked,
                    })
                  }
                />{' '}
                {s.kindNames[kind]}
              </label>
            ))}
          </fieldset>
        </form>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {sites && (
        <section class="sites" aria-labelledby="default-sites">
          <h2 id="default-sites">{s.defaultSites}</h2>
          <ul class="default-sites">
            {sites.defaults.map((d) => (
              <li key={d.domain}>
                <label>
                  <input
                    type="checkbox"
                    checked={d.enabled}
                    data-domain={d.domain}
                    onChange={(e) =>
                      on.onDefaultSite(d.domain, (e.currentTarget as HTMLInputElement).checked)
                    }
                  />{' '}
                  <code>*.{d.domain}</code>
                </label>
              </li>
            ))}
          </ul>
          <h2>{s.yourSites}</h2>
          {sites.sites.length === 0 ? (
            <p class="empty">{s.noSites}</p>
          ) : (
            <ul class="user-sites">
              {sites.sites.map((site) => {
                const host = new URL(site.origin).hostname;
                return (
                  <li key={site.origin} data-origin={site.origin}>
                    <code>{site.origin}</code> <span class="reason">{s.reasons[site.reason]}</span>{' '}
                    <button
                      type="button"
                      aria-label={s.removeSite(host)}
                      onClick={() => on.onRemoveSite(site.origin)}
                    >
                      {s.remove}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
      {userTerms}
    </main>
  );
}
