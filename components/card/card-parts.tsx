/**
 * Small pieces the card bodies share. Every plan or page string is rendered as a text child — never as
 * HTML (no innerHTML, no dangerouslySetInnerHTML): models carry page surfaces and imported plan text.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { dutyRows } from '../../lib/card/duty-rows';
import type { CardStrings } from '../../lib/card/strings';
import type {
  AgencyRef,
  CardLang,
  CardRef,
  DutyView,
  ItemRef,
  MarkRange,
  SectionRef,
  TargetView,
} from '../../lib/card/types';

export type Navigate = (ref: CardRef) => void;
/** Opens plan.html at a hash (`#item-9`, `#agency-miit`) in a new tab, through the background. */
export type OpenPlan = (hash: string) => void;

/**
 * "Open in plan browser": a button (a page cannot link to an extension page), named for what it opens.
 * Only the reader's own click or key counts (`isTrusted`); nothing without `onOpenPlan`.
 */
export function PlanLink({
  hash,
  name,
  strings,
  onOpenPlan,
}: {
  hash: string;
  /** What it opens: `(九)`, 工业和信息化部. */
  name: string;
  strings: CardStrings;
  onOpenPlan?: OpenPlan;
}) {
  if (!onOpenPlan) return null;
  return (
    <button
      type="button"
      class="link plan-link"
      aria-label={`${strings.openInPlan} ${name}${strings.newTab}`}
      onClick={(e) => {
        if (e.isTrusted) onOpenPlan(hash);
      }}
    >
      {strings.openInPlan}
      <span aria-hidden="true"> ↗</span>
    </button>
  );
}

/** 我的机构牵头 / 我的机构: beside what concerns the reader's own agency (lib/card/mark-mine). */
export function MineMark({ text }: { text: string }) {
  return <span class="chip mine-mark">{text}</span>;
}

/** Text with marked ranges (the term in a plan sentence). Ranges out of order or bounds are skipped. */
export function Marked({ text, marks }: { text: string; marks: readonly MarkRange[] }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const [i, m] of marks.entries()) {
    if (m.start < at || m.end <= m.start || m.end > text.length) continue;
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(<mark key={i}>{text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** `(九) 标题` as one button that opens the item inside the card; `marks` mark the term in the title. */
export function ItemButton({
  item,
  marks = [],
  onNavigate,
}: {
  item: ItemRef;
  marks?: readonly MarkRange[];
  onNavigate: Navigate;
}) {
  return (
    <button type="button" class="link item" onClick={() => onNavigate({ kind: 'item', no: item.no })}>
      <span class="label">{item.label}</span>{' '}
      <span class="item-title">
        <Marked text={item.title} marks={marks} />
      </span>
    </button>
  );
}

export function ItemList({
  items,
  strings,
  onNavigate,
}: {
  items: readonly ItemRef[];
  /** For the "led by my agency" mark. */
  strings: CardStrings;
  onNavigate: Navigate;
}) {
  return (
    <ul class="items">
      {items.map((item) => (
        <li key={item.no}>
          <ItemButton item={item} onNavigate={onNavigate} />
          {item.mine && (
            <>
              {' '}
              <MineMark text={strings.myLead} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function SectionLine({
  section,
  lang,
  strings,
}: {
  section: SectionRef;
  lang: CardLang;
  strings: CardStrings;
}) {
  const text =
    lang === 'en'
      ? `${strings.section} ${section.no}: ${section.title}`
      : `${section.label}、${section.title}`;
  return <p class="section">{text}</p>;
}

/** More entries than this in one row and the row shows short-name chips (工信部, MIIT). */
export const CHIP_LIMIT = 4;

/**
 * The accessible name of a short chip: the full name, then the short one on screen — 工业和信息化部——工信部,
 * Ministry of Industry and Information Technology — MIIT. The visible words must be part of the name
 * (WCAG 2.5.3 "label in name": a voice-control user says what they see); not in parentheses, which
 * name checks such as axe-core's set aside as an aside.
 */
function chipName(agency: AgencyRef, short: string, lang: CardLang): string {
  return lang === 'en' ? `${agency.name} — ${short}` : `${agency.name}——${short}`;
}

/** `（我的机构）` / ` (my agency)`: said after the name of the reader's own agency. */
function mineSuffix(lang: CardLang, strings: CardStrings | undefined): string {
  if (!strings) return '';
  return lang === 'en' ? ` (${strings.myAgency.toLowerCase()})` : `（${strings.myAgency}）`;
}

/**
 * Agencies as buttons to their cards; a name no seed knows stays text. `compact` shows each by its
 * short name, with the full name in its accessible name and in a tooltip on hover and keyboard focus.
 */
export function AgencyList({
  agencies,
  compact = false,
  lang = 'zh-Hans',
  strings,
  onNavigate,
}: {
  agencies: readonly AgencyRef[];
  compact?: boolean;
  /** For the accessible names of short chips. */
  lang?: CardLang;
  /** For the "my agency" mark. */
  strings?: CardStrings;
  onNavigate: Navigate;
}) {
  return (
    <ul class={compact ? 'agencies compact' : 'agencies'}>
      {agencies.map((a) => {
        const short = compact && a.short ? a.short : undefined;
        // The reader's own agency: bold, starred, and said so (the star alone would say nothing).
        const mine = a.mine ? mineSuffix(lang, strings) : '';
        return (
          <li key={a.ids.join('+')} class={short ? 'has-tip' : undefined}>
            {a.known ? (
              <button
                type="button"
                class={`chip agency${short ? ' short' : ''}${a.mine ? ' mine' : ''}`}
                aria-label={short ? chipName(a, short, lang) + mine : undefined}
                onClick={() => onNavigate({ kind: 'agency', id: a.id })}
              >
                {a.mine && <span aria-hidden="true">★ </span>}
                {short ?? a.name}
                {mine && <span class="vh">{mine}</span>}
              </button>
            ) : (
              <span class="chip">{a.name}</span>
            )}
            {/* Beside the button, not in it: the button's own text is the short name it shows. */}
            {short && (
              <span class="tip" aria-hidden="true">
                {a.name}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A phrase in the reader's language, or — an untranslated party in an English card — marked Chinese. */
function Phrase({ text, lang }: { text: string; lang: CardLang }) {
  return lang === 'en' && /[\u3400-\u9fff]/.test(text) ? <span lang="zh-Hans">{text}</span> : <>{text}</>;
}

function Phrases({ list, lang }: { list: readonly string[]; lang: CardLang }) {
  const sep = lang === 'en' ? '; ' : '、';
  return (
    <>
      {list.map((text, i) => (
        <Fragment key={i}>
          {i > 0 && sep}
          <Phrase text={text} lang={lang} />
        </Fragment>
      ))}
    </>
  );
}

/**
 * Who answers for some sentences, labelled as the bracket words it (lib/card/duty-rows.ts): the leads,
 * those who share the work or — no lead named — those responsible; standing parties and the note.
 */
export function DutyBlock({
  duty,
  lang,
  strings,
  onNavigate,
}: {
  duty: DutyView;
  lang: CardLang;
  strings: CardStrings;
  onNavigate: Navigate;
}) {
  return (
    <dl class="duty">
      {dutyRows(duty, strings).map((row) => (
        <Row key={row.role} label={row.label}>
          {row.agencies.length > 0 && (
            <AgencyList
              agencies={row.agencies}
              compact={row.agencies.length > CHIP_LIMIT}
              lang={lang}
              strings={strings}
              onNavigate={onNavigate}
            />
          )}
          {row.parties.length > 0 && (
            <p class="parties">
              <Phrases list={row.parties} lang={lang} />
            </p>
          )}
          {row.hint && <p class="hint">{row.hint}</p>}
        </Row>
      ))}
      {duty.standing.length > 0 && (
        <Row label={strings.standing}>
          <Phrases list={duty.standing} lang={lang} />
        </Row>
      )}
      {duty.note !== '' && (
        <Row label={strings.note}>
          <Phrase text={duty.note} lang={lang} />
        </Row>
      )}
    </dl>
  );
}

/** A target of one sentence, in words: 量化目标：不低于50% / Quantitative target: at least 50 percent. */
export function TargetLine({
  targets,
  lang,
  strings,
}: {
  targets: readonly TargetView[];
  lang: CardLang;
  strings: CardStrings;
}) {
  if (!targets.length) return null;
  const colon = lang === 'en' ? ': ' : '：';
  const sep = lang === 'en' ? '; ' : '、';
  return (
    <p class="target">
      <span class="target-label">
        {strings.targets}
        {colon}
      </span>
      {targets.map((t) => t.words).join(sep)}
    </p>
  );
}

/**
 * Quoted plan sentences. In an English card they are captioned as the Chinese original and marked
 * lang="zh-Hans" (the plan has no official English); in a Chinese card they are the card's language.
 */
export function PlanQuote({
  lang,
  strings,
  children,
}: {
  lang: CardLang;
  strings: CardStrings;
  children: ComponentChildren;
}) {
  if (lang !== 'en') return <>{children}</>;
  return (
    <figure class="original" lang="zh-Hans">
      <figcaption class="caption" lang="en">
        {strings.chineseOriginal}
      </figcaption>
      {children}
    </figure>
  );
}
