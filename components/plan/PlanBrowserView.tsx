import type { ComponentChildren } from 'preact';
import type { DutyRow } from '../../lib/card/duty-rows';
import type { AgencyRef, CardLang } from '../../lib/card/types';
import type {
  AgencyEntry,
  AgencyRole,
  ItemEntry,
  ItemLink,
  PlanBrowserModel,
  SentenceGroup,
} from './plan-model';

export interface PlanBrowserStrings {
  title: string;
  intro: string;
  outline: string;
  agencies: string;
  topics: string;
  targets: string;
  itemTopics: string;
  noItems: string;
  /** Label of the script / language switch. */
  lang: string;
}

export interface PlanBrowserViewProps {
  strings: PlanBrowserStrings;
  model?: PlanBrowserModel;
  notice?: string;
  lang?: CardLang;
  onLang?: (lang: CardLang) => void;
  /** Rendered under the language switch: the plan switcher and "Import a plan" (components/plan/PlanLibrary). */
  toolbar?: ComponentChildren;
}

const LANGS: { lang: CardLang; name: string }[] = [
  { lang: 'zh-Hans', name: '简体中文' },
  { lang: 'zh-Hant', name: '繁體中文' },
  { lang: 'en', name: 'English' },
];

function AgencyLinks({ refs }: { refs: AgencyRef[] }) {
  return (
    <>
      {refs.map((ref, i) => (
        <span key={ref.id}>
          {i > 0 && '、'}
          {ref.known ? <a href={`#agency-${ref.id}`}>{ref.name}</a> : ref.name}
        </span>
      ))}
    </>
  );
}

function DutyRows({
  rows,
  standing,
  note,
  labels,
}: NonNullable<SentenceGroup['duty']> & { labels: { standing: string; note: string } }) {
  return (
    <dl class="plan-duty">
      {rows.map((row: DutyRow) => (
        <div key={row.role} data-role={row.role}>
          <dt>{row.label}</dt>
          <dd>
            <AgencyLinks refs={row.agencies} />
            {row.parties.length > 0 && (row.agencies.length ? '、' : '')}
            {row.parties.join('、')}
            {row.hint && <span class="plan-hint"> {row.hint}</span>}
          </dd>
        </div>
      ))}
      {standing.length > 0 && (
        <div data-role="standing">
          <dt>{labels.standing}</dt>
          <dd>{standing.join('、')}</dd>
        </div>
      )}
      {note && (
        <div data-role="note">
          <dt>{labels.note}</dt>
          <dd>{note}</dd>
        </div>
      )}
    </dl>
  );
}

function ItemSection({
  item,
  model,
  s,
}: {
  item: ItemEntry;
  model: PlanBrowserModel;
  s: PlanBrowserStrings;
}) {
  const labels = { standing: model.strings.standing, note: model.strings.note };
  return (
    <section
      class="plan-item"
      data-item-no={item.no}
      id={`item-${item.no}`}
      tabIndex={-1}
      aria-labelledby={`item-${item.no}-h`}
    >
      <h3 id={`item-${item.no}-h`}>
        {item.label} {item.title}
      </h3>
      {item.groups.map((group, i) => (
        <div class="plan-group" key={i}>
          <p class="plan-sentences">
            {group.sentences.map((text, j) => (
              <span class="plan-sentence" key={j}>
                {text}
              </span>
            ))}
          </p>
          {group.duty && <DutyRows {...group.duty} labels={labels} />}
        </div>
      ))}
      {item.targets.length > 0 && (
        <>
          <h4>{s.targets}</h4>
          <ul class="plan-targets">
            {item.targets.map((t, i) => (
              <li key={i} data-target>
                {t.text} <span class="plan-hint">({t.words})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {item.topics.length > 0 && (
        <>
          <h4>{s.itemTopics}</h4>
          <ul class="plan-chips">
            {item.topics.map((t) => (
              <li key={t.id}>
                <a href={`#topic-${t.id}`}>{t.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ItemLinks({ items }: { items: ItemLink[] }) {
  return (
    <ul class="plan-item-links">
      {items.map((item) => (
        <li key={item.no}>
          <a href={`#item-${item.no}`}>
            {item.label} {item.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

const ROLES: AgencyRole[] = ['lead', 'shares', 'responsible', 'supports'];

function AgencySection({ agency, model }: { agency: AgencyEntry; model: PlanBrowserModel }) {
  const label: Record<AgencyRole, string> = {
    lead: model.strings.leadItems,
    shares: model.strings.shareItems,
    responsible: model.strings.responsibleItems,
    supports: model.strings.partnerItems,
  };
  return (
    <section
      class="plan-agency"
      id={`agency-${agency.id}`}
      data-agency-id={agency.id}
      tabIndex={-1}
      aria-labelledby={`agency-${agency.id}-h`}
    >
      <h3 id={`agency-${agency.id}-h`}>{agency.name}</h3>
      {agency.otherNames.length > 0 && <p class="plan-hint">{agency.otherNames.join(' · ')}</p>}
      {ROLES.filter((role) => agency.items[role].length > 0).map((role) => (
        <div key={role} data-role={role}>
          <h4>{label[role]}</h4>
          <ItemLinks items={agency.items[role]} />
        </div>
      ))}
    </section>
  );
}

/** The plan browser: outline, agencies, topics — every entry an anchor (`#item-N`, `#agency-ID`, `#topic-ID`). Props only. */
export function PlanBrowserView({ strings: s, model, notice, lang, onLang, toolbar }: PlanBrowserViewProps) {
  return (
    <main class="page plan-browser">
      <h1>{s.title}</h1>
      <p class="intro">{s.intro}</p>
      {lang && onLang && (
        <p>
          <label>
            {s.lang}{' '}
            <select
              data-plan-lang
              value={lang}
              onChange={(e) => onLang((e.currentTarget as HTMLSelectElement).value as CardLang)}
            >
              {LANGS.map((l) => (
                <option key={l.lang} value={l.lang} lang={l.lang}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      {toolbar}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {model && (
        <>
          <nav aria-label={s.outline}>
            <ul class="plan-nav">
              <li>
                <a href="#plan-outline">{s.outline}</a>
              </li>
              <li>
                <a href="#plan-agencies">{s.agencies}</a>
              </li>
              <li>
                <a href="#plan-topics">{s.topics}</a>
              </li>
            </ul>
          </nav>
          <h2 id="plan-outline">{model.title}</h2>
          {model.sections.map((section) => (
            <section class="plan-section" key={section.no} aria-labelledby={`section-${section.no}-h`}>
              <h2 id={`section-${section.no}-h`}>
                {section.label}、{section.title}
              </h2>
              <ItemLinks items={section.items} />
              {section.items.map((item) => (
                <ItemSection key={item.no} item={item} model={model} s={s} />
              ))}
            </section>
          ))}
          <section aria-labelledby="plan-agencies">
            <h2 id="plan-agencies">{s.agencies}</h2>
            {model.agencies.map((agency) => (
              <AgencySection key={agency.id} agency={agency} model={model} />
            ))}
          </section>
          <section aria-labelledby="plan-topics">
            <h2 id="plan-topics">{s.topics}</h2>
            {model.topics.map((topic) => (
              <section
                class="plan-topic"
                key={topic.id}
                id={`topic-${topic.id}`}
                data-topic-id={topic.id}
                tabIndex={-1}
                aria-labelledby={`topic-${topic.id}-h`}
              >
                <h3 id={`topic-${topic.id}-h`}>{topic.name}</h3>
                {topic.otherNames.length > 0 && <p class="plan-hint">{topic.otherNames.join(' · ')}</p>}
                {topic.items.length > 0 ? <ItemLinks items={topic.items} /> : <p>{s.noItems}</p>}
              </section>
            ))}
          </section>
        </>
      )}
    </main>
  );
}
