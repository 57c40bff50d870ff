/**
 * Small pieces the card bodies share. Every plan or page string is rendered as a text child — never as
 * HTML (no innerHTML, no dangerouslySetInnerHTML): models carry page surfaces and imported plan text.
 */
import type { ComponentChildren } from 'preact';
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

/** `(九) 标题` as one button that opens the item inside the card. */
export function ItemButton({ item, onNavigate }: { item: ItemRef; onNavigate: Navigate }) {
  return (
    <button type="button" class="link item" onClick={() => onNavigate({ kind: 'item', no: item.no })}>
      <span class="label">{item.label}</span> <span class="item-title">{item.title}</span>
    </button>
  );
}

export function ItemList({ items, onNavigate }: { items: readonly ItemRef[]; onNavigate: Navigate }) {
  return (
    <ul class="items">
      {items.map((item) => (
        <li key={item.no}>
          <ItemButton item={item} onNavigate={onNavigate} />
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

/** Agencies as buttons to their cards; a name no seed knows stays text. */
export function AgencyList({
  agencies,
  onNavigate,
}: {
  agencies: readonly AgencyRef[];
  onNavigate: Navigate;
}) {
  return (
    <ul class="agencies">
      {agencies.map((a) => (
        <li key={a.ids.join('+')}>
          {a.known ? (
            <button
              type="button"
              class="chip agency"
              onClick={() => onNavigate({ kind: 'agency', id: a.id })}
            >
              {a.name}
            </button>
          ) : (
            <span class="chip">{a.name}</span>
          )}
        </li>
      ))}
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

function joined(list: readonly string[], lang: CardLang): string {
  return list.join(lang === 'en' ? '; ' : '、');
}

/** Who answers for a sentence: lead and partner agencies, generic and standing parties, the note. */
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
      {duty.leads.length > 0 && (
        <Row label={strings.leads}>
          <AgencyList agencies={duty.leads} onNavigate={onNavigate} />
        </Row>
      )}
      {duty.partners.length > 0 && (
        <Row label={strings.partners}>
          <AgencyList agencies={duty.partners} onNavigate={onNavigate} />
        </Row>
      )}
      {duty.others.length > 0 && <Row label={strings.others}>{joined(duty.others, lang)}</Row>}
      {duty.standing.length > 0 && <Row label={strings.standing}>{joined(duty.standing, lang)}</Row>}
      {duty.note !== '' && <Row label={strings.note}>{duty.note}</Row>}
    </dl>
  );
}

export function Targets({ targets, strings }: { targets: readonly TargetView[]; strings: CardStrings }) {
  if (!targets.length) return null;
  return (
    <div class="targets">
      <h4>{strings.targets}</h4>
      <ul>
        {targets.map((t, i) => (
          <li key={i}>{t.text}</li>
        ))}
      </ul>
    </div>
  );
}
