/**
 * The plan browser's toolbar for plans (issue 12): the switcher over the bundled and imported plans and
 * "Import a plan". Talks to the background through the client it is given; `navigate` shows another
 * plan (plan-app: a new `?plan=` URL), `confirm` asks before a delete — both parameters for tests.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CardLang } from '../../lib/card/types';
import type { PageClient } from '../../lib/messages/client';
import type { PlanListEntry } from '../../lib/plan/import';
import { planImportStrings } from './import-strings';
import { PlanImport } from './PlanImport';
import { PlanSwitcher } from './PlanSwitcher';
import { usePlanImport } from './use-plan-import';

export type PlanLibraryClient = Pick<
  PageClient,
  'listPlans' | 'deletePlan' | 'previewPlanImport' | 'importPlan'
>;

export interface PlanLibraryProps {
  client: PlanLibraryClient;
  lang: CardLang;
  /** The plan shown: an imported plan's id, or undefined for the bundled plan. */
  planId?: string;
  /** Show plan `id` (undefined: the bundled plan). */
  navigate: (id: string | undefined) => void;
  confirm?: (question: string) => boolean;
}

export function PlanLibrary({
  client,
  lang,
  planId,
  navigate,
  confirm = (q) => window.confirm(q),
}: PlanLibraryProps) {
  const s = planImportStrings(lang);
  const [plans, setPlans] = useState<PlanListEntry[]>([]);
  const [notice, setNotice] = useState('');
  const reload = () =>
    client.listPlans().then((r) => {
      if (r.ok) setPlans(r.value.plans);
    });
  useEffect(() => void reload(), []);

  const bundledId = plans.find((p) => p.source === 'bundled')?.id;
  const show = (id: string) => navigate(id === bundledId ? undefined : id);
  const importer = usePlanImport(client, s, { onSaved: () => void reload(), onOpen: show });

  async function remove(entry: PlanListEntry) {
    if (!confirm(s.confirmDelete(entry.name))) return;
    const result = await client.deletePlan({ id: entry.id });
    if (!result.ok) return setNotice(s.failed(result.error.message));
    if (entry.id === planId) return navigate(undefined);
    setNotice(s.deleted(entry.name));
    await reload();
  }

  return (
    <div class="plan-library" lang={lang}>
      {plans.length > 0 && (
        <PlanSwitcher
          strings={s}
          plans={plans}
          current={planId ?? bundledId ?? ''}
          onSwitch={show}
          onDelete={(entry) => void remove(entry)}
        />
      )}
      <p class="plan-library-notice" role="status">
        {notice}
      </p>
      <PlanImport strings={s} {...importer} />
    </div>
  );
}
