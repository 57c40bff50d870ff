import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PlanLookupProps } from '../../components/popup/PlanLookup';
import { planViewStrings } from '../../components/plan/plan-view-strings';
import type { CardLang } from '../../lib/card/types';
import type { PageClient } from '../../lib/messages/client';
import type { PlanSearch } from '../../lib/plan-search/create-plan-search';
import type { PlanSearchHit } from '../../lib/plan-search/types';

/** How many results the popup lists. */
const LOOKUP_LIMIT = 6;

/**
 * The popup's plan look-up: the plan and the search code are fetched on the box's first focus or
 * keystroke (a dynamic import), so opening the popup waits for neither.
 */
export function usePlanLookup(client: PageClient, lang: CardLang, onError: (message: string) => void) {
  const [search, setSearch] = useState<PlanSearch>();
  const started = useRef(false);
  const onFirstUse = () => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const [answer, { createPlanSearch }, hant] = await Promise.all([
        client.getPlanBrowser(),
        import('../../lib/plan-search/create-plan-search'),
        lang === 'zh-Hant' ? import('../../lib/text/to-hant') : undefined,
      ]);
      if (!answer.ok) {
        started.current = false;
        onError(answer.error.message);
        return;
      }
      const made = createPlanSearch(answer.value, { lang, localize: hant?.toHant, limit: LOOKUP_LIMIT });
      setSearch(() => made);
    })();
  };
  const hrefOf = (hit: PlanSearchHit) => `${browser.runtime.getURL('/plan.html')}${hit.href}`;
  const props: PlanLookupProps = {
    strings: planViewStrings(lang).search,
    search,
    hrefOf,
    onOpen: (hit) => void browser.tabs.create({ url: hrefOf(hit) }),
    onFirstUse,
  };
  return props;
}
