import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { DutyRow } from '../../lib/card/duty-rows';
import type { AgencyRef, CardLang } from '../../lib/card/types';
import type { PlanSearchHit } from '../../lib/plan-search/types';
import { AgencyItems } from './AgencyItems';
import { AgencyMatrix } from './AgencyMatrix';
import { FamilyList } from './FamilyList';
import { ItemLinks } from './ItemLinks';
import { buildMatrix } from './matrix-model';
import { PlanNav } from './PlanNav';
import { PlanSearchBox } from './PlanSearchBox';
import type { AgencyEntry, AgencyRole, ItemEntry, PlanBrowserModel, SentenceGroup } from './plan-model';
import { TargetsTable } from './TargetsTable';
import { TopicIndex } from './TopicIndex';

/**
 * The page's own words, in the browser's language (public/_locales). The views' labels follow the
 * language switch instead (`model.viewStrings`); `outline` … `noItems` are kept for callers that set them.
 */
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
  /** The plan search (lib/plan-search, built once per plan and language); no search box without it. */
  search?: (query: string) => PlanSearchHit[];
  /** Plan item no → how many clips touch it; no counts until they arrive. */
  clipCounts?: Record<number, number>;
  /** The library filtered by an item (`clips.html?item=9`). */
  clipsHref?: (no: number) => string;
  /** "My agency" (options): items they lead are marked and can be shown alone; their matrix rows stand out. */
  myAgencies?: readonly string[];
  /** The id the URL's fragment names (`item-9`, `agency-miit`, `matrix`): the entry printed alone. */
  current?: string;
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

interface ItemExtras {
  /** Led by one of the reader's agencies. */
  mine: boolean;
  clips?: number;
  clipsHref?: (no: number) => string;
  hidden: boolean;
  current: boolean;
}

function ItemSection({
  item,
  model,
  extras,
}: {
  item: ItemEntry;
  model: PlanBrowserModel;
  extras: ItemExtras;
}) {
  const labels = { standing: model.strings.standing, note: model.strings.note };
  const v = model.viewStrings;
  const { clips, clipsHref } = extras;
  return (
    <section
      class="plan-item plan-entry"
      data-item-no={item.no}
      id={`item-${item.no}`}
      tabIndex={-1}
      aria-labelledby={`item-${item.no}-h`}
      hidden={extras.hidden}
      data-current={extras.current ? '' : undefined}
      data-mine={extras.mine ? '' : undefined}
    >
      <h3 id={`item-${item.no}-h`}>
        {item.label} {item.title}
      </h3>
      {(extras.mine || clips !== undefined) && (
        <p class="plan-item-meta">
          {extras.mine && <span class="plan-badge">★ {v.myAgencyLeads}</span>}
          {clips !== undefined &&
            (clips > 0 && clipsHref ? (
              <a class="plan-clips" data-clip-count={clips} href={clipsHref(item.no)}>
                {v.clipCount(clips)}
              </a>
            ) : (
              <span class="plan-clips" data-clip-count={clips}>
                {v.clipCount(clips)}
              </span>
            ))}
        </p>
      )}
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
          <h4>{v.targets}</h4>
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
          <h4>{v.itemTopics}</h4>
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

const ROLES: AgencyRole[] = ['lead', 'shares', 'responsible', 'supports'];

function AgencySection({
  agency,
  model,
  current,
}: {
  agency: AgencyEntry;
  model: PlanBrowserModel;
  current: boolean;
}) {
  const label: Record<AgencyRole, string> = {
    lead: model.strings.leadItems,
    shares: model.strings.shareItems,
    responsible: model.strings.responsibleItems,
    supports: model.strings.partnerItems,
  };
  return (
    <section
      class="plan-agency plan-entry"
      id={`agency-${agency.id}`}
      data-agency-id={agency.id}
      tabIndex={-1}
      aria-labelledby={`agency-${agency.id}-h`}
      data-current={current ? '' : undefined}
    >
      <h3 id={`agency-${agency.id}-h`}>{agency.name}</h3>
      {agency.otherNames.length > 0 && <p class="plan-hint">{agency.otherNames.join(' · ')}</p>}
      {ROLES.filter((role) => agency.items[role].length > 0).map((role) => (
        <div key={role} data-role={role}>
          <h4>{label[role]}</h4>
          <AgencyItems agency={agency} role={role} strings={model.viewStrings} />
        </div>
      ))}
    </section>
  );
}

/**
 * The plan browser: search, then the views — outline, agencies, the agencies × items matrix, targets,
 * topic index, standard-code families — every entry an anchor (`#item-N`, `#agency-ID`, `#topic-ID`,
 * `#family-ID`). Props only, apart from the view state a reader sets here (the "my agency" filter).
 */
export function PlanBrowserView(props: PlanBrowserViewProps) {
  const { strings: s, model, notice, lang, onLang, search, current, toolbar } = props;
  return (
    <main class="page plan-browser">
      <h1>{s.title}</h1>
      <p class="intro">{s.intro}</p>
      {lang && onLang && (
        <p class="plan-lang">
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
      {model && search && (
        <PlanSearchBox id="plan-search" strings={model.viewStrings.search} search={search} />
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {model && (
        <>
          <PlanNav strings={model.viewStrings} hasFamilies={model.families.length > 0} />
          <Outline {...props} model={model} />
          <section
            class="plan-block"
            id="agencies"
            tabIndex={-1}
            aria-labelledby="agencies-h"
            data-current={current === 'agencies' ? '' : undefined}
          >
            <h2 id="agencies-h">{model.viewStrings.agencies}</h2>
            {model.agencies.map((agency) => (
              <AgencySection
                key={agency.id}
                agency={agency}
                model={model}
                current={current === `agency-${agency.id}`}
              />
            ))}
          </section>
          <Matrix model={model} myAgencies={props.myAgencies} current={current === 'matrix'} />
          <TargetsTable model={model} strings={model.viewStrings} current={current === 'targets'} />
          <TopicIndex topics={model.topics} strings={model.viewStrings} current={current} />
          <FamilyList families={model.families} strings={model.viewStrings} current={current} />
        </>
      )}
    </main>
  );
}

function Matrix({
  model,
  myAgencies,
  current,
}: {
  model: PlanBrowserModel;
  myAgencies?: readonly string[];
  current: boolean;
}) {
  const matrix = useMemo(() => buildMatrix(model, myAgencies), [model, myAgencies]);
  return <AgencyMatrix matrix={matrix} strings={model.viewStrings} current={current} />;
}

/** Sections and their items; with "my agency" set, a switch shows only the items it leads. */
function Outline(props: PlanBrowserViewProps & { model: PlanBrowserModel }) {
  const { model, current, clipCounts, clipsHref } = props;
  const v = model.viewStrings;
  const [onlyMine, setOnlyMine] = useState(false);
  const mine = useMemo(() => new Set(props.myAgencies ?? []), [props.myAgencies]);
  const isMine = (item: ItemEntry) => item.leads.some((id) => mine.has(id));
  const mineCount = model.sections.reduce((n, sec) => n + sec.items.filter(isMine).length, 0);
  const filtering = onlyMine && mine.size > 0;
  const shown = (item: ItemEntry) => !filtering || isMine(item) || current === `item-${item.no}`;
  return (
    <section
      class="plan-block"
      id="outline"
      tabIndex={-1}
      aria-labelledby="outline-h"
      data-current={current === 'outline' ? '' : undefined}
    >
      <h2 id="outline-h">{model.title}</h2>
      {mine.size > 0 && (
        <p class="plan-filter">
          <label>
            <input
              type="checkbox"
              data-only-mine
              checked={onlyMine}
              onChange={(e) => setOnlyMine((e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {v.onlyMine(mineCount)}
          </label>
        </p>
      )}
      {model.sections.map((section) => {
        const items = section.items.filter(shown);
        return (
          <section
            class="plan-section"
            key={section.no}
            aria-labelledby={`section-${section.no}-h`}
            hidden={items.length === 0}
          >
            <h2 id={`section-${section.no}-h`}>
              {section.label}、{section.title}
            </h2>
            <ItemLinks items={items} />
            {section.items.map((item) => (
              <ItemSection
                key={item.no}
                item={item}
                model={model}
                extras={{
                  mine: isMine(item),
                  clips: clipCounts ? (clipCounts[item.no] ?? 0) : undefined,
                  clipsHref,
                  hidden: !shown(item),
                  current: current === `item-${item.no}`,
                }}
              />
            ))}
          </section>
        );
      })}
    </section>
  );
}
