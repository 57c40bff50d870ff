import type { ComponentChildren } from 'preact';
import type { ItemCount, SiteState, TabSummary } from '../../lib/messages/protocol';
import type { PageKind } from '../../lib/sites/page-kind';
import { CoverageGrid } from './CoverageGrid';
import { PageAgencies } from './PageAgencies';
import { Switch } from './Switch';

export interface PopupStrings {
  title: string;
  thisSite: string;
  enableSite: string;
  pause: string;
  reasons: Record<SiteState['reason'], string>;
  reloadHint: string;
  /** Why a page that is not a web page cannot be annotated, by kind. */
  pageKinds: Record<Exclude<PageKind, 'web'>, string>;
  /** The site is off (or paused) and the page was never scanned. */
  notScanned: string;
  /** The site is on but the page has not reported (it was open before): reload. */
  notScannedYet: string;
  /** `本页提及：12` */
  mentionCount: (n: number) => string;
  kinds: { topic: string; agency: string; standard: string };
  kindsLabel: string;
  coverage: string;
  coverageNote: string;
  /** `(九) 标题：3 处提及` */
  describeItem: (item: ItemCount) => string;
  topItems: string;
  /** `3 处提及` */
  itemMentions: (n: number) => string;
  agencies: string;
  leads: string;
  responsible: string;
  moreAgencies: (n: number) => string;
  /** Beside the reader's own agencies ("my agency", options). */
  myAgency: string;
  /** Beside an item one of them leads. */
  myLead: string;
  none: string;
  showHighlights: string;
  showHighlightsHint: string;
  shortcut: string;
  links: { href: string; label: string }[];
}

export interface PopupViewProps {
  strings: PopupStrings;
  /** What the active tab shows; only a `web` page has a site. */
  page: PageKind;
  site?: SiteState;
  paused: boolean;
  summary?: TabSummary;
  /** A message to show (an error, a denied permission, a reload hint). */
  notice?: string;
  busy?: boolean;
  onToggleSite: (enabled: boolean) => void;
  onTogglePause: (paused: boolean) => void;
  onToggleHighlights: (hidden: boolean) => void;
  onShowItem: (no: number) => void;
  /** "Annotate text" (components/popup/AnnotateText), shown after the page's summary. */
  annotate?: ComponentChildren;
  /** The plan look-up (components/popup/PlanLookup), shown under the switches. */
  lookup?: ComponentChildren;
  /** Asks for the default sites when the browser has not granted them (components/site-access). */
  access?: ComponentChildren;
}

const KINDS = ['topic', 'agency', 'standard'] as const;

/** How many of the page's items the popup lists as rows. */
const TOP_ITEMS = 5;

/**
 * The toolbar popup (issue 10): this site on/off and the global pause as switches; then the page
 * against the plan — mentions by kind in the highlight colours, a coverage grid of every plan item, the
 * items the page is most about as rows that open the page at the item, and the agencies it names.
 * A page that was never scanned, or that the extension may not run on, says so. Props only.
 */
export function PopupView(props: PopupViewProps) {
  const { strings: s, site, summary } = props;
  const scanned = summary?.scanned === true;
  return (
    <main class="page">
      <h1>{s.title}</h1>
      {props.access}
      {site ? (
        <section class="site" aria-label={s.thisSite}>
          <p class="origin">
            <strong>{s.thisSite}</strong> <span class="origin-url">{site.origin}</span>
          </p>
          <Switch
            label={s.enableSite}
            checked={site.enabled}
            disabled={props.busy || props.paused}
            hint={s.reasons[site.reason]}
            hintClass="reason"
            onChange={props.onToggleSite}
          />
        </section>
      ) : (
        <p class="reason page-kind">{s.pageKinds[props.page === 'web' ? 'unknown' : props.page]}</p>
      )}
      <Switch label={s.pause} checked={props.paused} disabled={props.busy} onChange={props.onTogglePause} />
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      {props.lookup}
      {site && summary && !scanned && (
        <p class="not-scanned" role="status">
          {site.enabled ? s.notScannedYet : s.notScanned}
        </p>
      )}
      {summary && scanned && <PageSummary {...props} summary={summary} />}
      {props.annotate}
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

function PageSummary(props: PopupViewProps & { summary: TabSummary }) {
  const { strings: s, summary } = props;
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{s.mentionCount(summary.count)}</h2>
      {summary.count === 0 ? (
        <p>{s.none}</p>
      ) : (
        <>
          <ul class="kinds" aria-label={s.kindsLabel}>
            {KINDS.map((k) => (
              <li key={k} data-kind={k}>
                <span class={`swatch swatch-${k}`}>{s.kinds[k]}</span> <strong>{summary.byKind[k]}</strong>
              </li>
            ))}
          </ul>
          <Switch
            label={s.showHighlights}
            checked={!summary.highlightsHidden}
            hint={s.showHighlightsHint}
            onChange={(shown) => props.onToggleHighlights(!shown)}
          />
          {summary.coverage.length > 0 && (
            <CoverageGrid
              sections={summary.coverage}
              heading={s.coverage}
              note={s.coverageNote}
              describe={s.describeItem}
            />
          )}
          {summary.byItem.length > 0 && (
            <>
              <h2>{s.topItems}</h2>
              <ol class="top-items">
                {summary.byItem.slice(0, TOP_ITEMS).map((item) => (
                  <TopItem key={item.no} item={item} max={summary.byItem[0]!.weight} {...props} />
                ))}
              </ol>
            </>
          )}
          {summary.agencies.length > 0 && <PageAgencies agencies={summary.agencies} strings={s} />}
        </>
      )}
    </section>
  );
}

function TopItem(props: PopupViewProps & { item: ItemCount; max: number }) {
  const { item, strings: s } = props;
  const share = props.max > 0 ? Math.max(0.04, item.weight / props.max) : 0;
  return (
    <li>
      <button type="button" class="item-row" data-item-no={item.no} onClick={() => props.onShowItem(item.no)}>
        <span class="item-label">{item.label || `#${item.no}`}</span>
        <span class="item-title">{item.title}</span>
        <span class="item-count">
          {item.mine && (
            <>
              <span class="mine-tag">{s.myLead}</span>{' '}
            </>
          )}
          {s.itemMentions(item.count)}
        </span>
        <span class="item-bar" aria-hidden="true" style={{ width: `${Math.round(share * 100)}%` }} />
      </button>
    </li>
  );
}
