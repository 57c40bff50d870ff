import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getMessage } from '../../components/browser-i18n';
import { buildPlanBrowserModel, type PlanBrowserModel } from '../../components/plan/plan-model';
import { PlanBrowserView, type PlanBrowserStrings } from '../../components/plan/PlanBrowserView';
import { planImportStrings } from '../../components/plan/import-strings';
import { PlanLibrary } from '../../components/plan/PlanLibrary';
import { planIdFrom, planUrl } from '../../components/plan/plan-location';
import { toHant } from '../../lib/text/to-hant';
import type { CardLang } from '../../lib/card/types';
import { filterToSearch, NO_FILTER } from '../../lib/clips/library/filters';
import { createPageClient } from '../../lib/messages/client';
import { sendToBackground } from '../../lib/messages/transport';
import { createPlanSearch } from '../../lib/plan-search/create-plan-search';
import { useFragment, usePlanData } from './use-plan-data';

const client = createPageClient(sendToBackground);

function uiLang(): CardLang {
  const locale = getMessage('@@ui_locale');
  return locale === 'zh_TW' ? 'zh-Hant' : locale.startsWith('zh') ? 'zh-Hans' : 'en';
}

export function planBrowserStrings(get: (key: string) => string): PlanBrowserStrings {
  return {
    title: get('planTitle'),
    intro: get('planIntro'),
    outline: get('planOutline'),
    agencies: get('planAgencies'),
    topics: get('planTopics'),
    targets: get('planTargets'),
    itemTopics: get('planItemTopics'),
    noItems: get('planNoItems'),
    lang: get('planLang'),
  };
}

/** Brings the entry the URL's fragment names (`#item-9`, `#agency-miit`, `#topic-…`) into view. */
export function showFragment(doc: Document = document): void {
  const id = decodeURIComponent(doc.location.hash.slice(1));
  const target = id ? doc.getElementById(id) : null;
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** The clip library filtered by the item, with the library's own URL parameter (`?item=9`). */
export const clipsHref = (no: number) => `clips.html${filterToSearch({ ...NO_FILTER, item: [no] })}`;

/** How many results the page's search lists. */
const SEARCH_LIMIT = 12;

function PlanApp() {
  const strings = useMemo(() => planBrowserStrings(getMessage), []);
  const [lang, setLang] = useState<CardLang>(uiLang);
  const planId = useMemo(() => planIdFrom(location.search), []);
  const missing = useMemo(() => planImportStrings(lang).planMissing, [lang]);
  const { knowledge, notice, myAgencies, clipCounts } = usePlanData(client, planId, missing);
  const current = useFragment();
  const model = useMemo<PlanBrowserModel | undefined>(
    () => knowledge && buildPlanBrowserModel(knowledge, lang),
    [knowledge, lang],
  );
  // One index per plan and language; a keystroke only searches it.
  const search = useMemo(
    () => knowledge && createPlanSearch(knowledge, { lang, localize: toHant, limit: SEARCH_LIMIT }),
    [knowledge, lang],
  );
  // The entries exist only once the plan arrived: the browser's own scroll to the fragment found nothing.
  useEffect(() => {
    if (knowledge) showFragment();
  }, [knowledge, current]);
  const toolbar = (
    <PlanLibrary
      client={client}
      lang={lang}
      planId={planId}
      navigate={(id) => location.assign(planUrl(location.href, id))}
    />
  );
  return (
    <PlanBrowserView
      {...{ strings, model, notice, lang, search, clipCounts, clipsHref, myAgencies, current, toolbar }}
      onLang={setLang}
    />
  );
}

export function mountPlanBrowser(root: HTMLElement): void {
  document.title = getMessage('planTitle');
  render(<PlanApp />, root);
}
