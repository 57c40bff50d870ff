import type { PlanSearchHit } from '../../lib/plan-search/types';
import { PlanSearchBox } from '../plan/PlanSearchBox';
import type { PlanSearchStrings } from '../plan/plan-view-strings';

export interface PlanLookupProps {
  strings: PlanSearchStrings;
  /** Undefined until loaded: the popup fetches the plan on the box's first focus or keystroke. */
  search?: (query: string) => PlanSearchHit[];
  /** `chrome-extension://…/plan.html#item-9`. */
  hrefOf: (hit: PlanSearchHit) => string;
  /** Opens the plan browser at the hit (a new tab). */
  onOpen: (hit: PlanSearchHit) => void;
  onFirstUse: () => void;
}

/**
 * The popup's quick look-up (issue 12): the plan browser's own search (lib/plan-search), its best few
 * results each opening plan.html at that item, agency, topic or standard-code family.
 */
export function PlanLookup(props: PlanLookupProps) {
  return (
    <section class="plan-lookup">
      <PlanSearchBox id="plan-lookup" {...props} />
    </section>
  );
}
