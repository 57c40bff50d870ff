import { useEffect, useState } from 'preact/hooks';
import type { PlanBrowserKnowledge } from '../../components/plan/plan-model';
import type { PageClient } from '../../lib/messages/client';

export interface PlanData {
  knowledge?: PlanBrowserKnowledge;
  notice?: string;
  /** "My agency" from the options (settings.ui.myAgencies). */
  myAgencies: readonly string[];
  /** Plan item no → clips touching it; undefined until the background answered. */
  clipCounts?: Record<number, number>;
}

const NONE: readonly string[] = [];

/**
 * What the plan browser asks the background for, once per page load: the plan (`planId` an imported
 * one, else the bundled one), "my agency", and the clip counts — of the bundled plan only, since clips
 * name the bundled plan's item numbers. `missing` is said when the imported plan is gone.
 */
export function usePlanData(client: PageClient, planId: string | undefined, missing: string): PlanData {
  const [data, setData] = useState<PlanData>({ myAgencies: NONE });
  useEffect(() => {
    const merge = (patch: Partial<PlanData>) => setData((d) => ({ ...d, ...patch }));
    void client.getPlanBrowser(planId ? { planId } : {}).then((r) => {
      if (r.ok) merge({ knowledge: r.value });
      else merge({ notice: r.error.code === 'not-found' ? missing : r.error.message });
    });
    // Both are extras: without them the plan is still browsable.
    void client.getSettings().then((r) => r.ok && merge({ myAgencies: r.value.ui.myAgencies ?? NONE }));
    if (!planId) {
      void client.getClipCountsByItem().then((r) => r.ok && merge({ clipCounts: r.value.counts }));
    }
  }, [client, planId, missing]);
  return data;
}

/** The id the URL's fragment names (`item-9`), kept in step with history. */
export function useFragment(win: Window = window): string {
  const read = () => decodeURIComponent(win.location.hash.slice(1));
  const [id, setId] = useState(read);
  useEffect(() => {
    const onHash = () => setId(read());
    win.addEventListener('hashchange', onHash);
    return () => win.removeEventListener('hashchange', onHash);
  }, [win]);
  return id;
}
