/**
 * Imported plans (issue 12): preview an import (changes nothing), store it, list the plans the browser
 * can switch between, delete one, and answer the plan browser for any of them. Imported plans live in
 * `importedPlans` (schema v3), apart from the knowledge-base tables a reseed clears.
 *
 * Only the plan browser reads imported plans: the content script, the cards and the popup keep using the
 * bundled plan (its matcher, its item numbers). An imported plan's duties resolve agencies exactly as
 * the bundled plan's (the same seeds); its topics are linked when it is imported, by scanning each
 * item's title and text with the bundled matcher (lib/kb/link-topics), since the seeds' item numbers
 * belong to the bundled plan.
 */
import type { CardKnowledge } from '../card/types';
import type { StandardsLensDb } from '../db/database';
import type { ImportedPlanRow } from '../db/rows';
import { linkTopicsByText } from '../kb/link-topics';
import { buildPlanDoc } from '../kb/plan-doc';
import type { Matcher } from '../match/matcher';
import { scanText } from '../match/scan';
import { err, ok, type Result } from '../messages/result';
import { describeRefusal, readPlanImport, type PlanImportPreview, type PlanListEntry } from '../plan/import';

/** The standard-code families come with the bundled plan only (their items are its items). */
export type PlanBrowserData = Pick<CardKnowledge, 'plan' | 'agencies' | 'topics'> &
  Partial<Pick<CardKnowledge, 'standardCodes'>>;

export interface PlanImportService {
  preview(text: string): Promise<Result<PlanImportPreview>>;
  /** Stores the plan under `name`; refused (nothing stored) unless its preview is `ok`. */
  importPlan(text: string, name: string): Promise<Result<PlanListEntry>>;
  list(): Promise<Result<{ plans: PlanListEntry[] }>>;
  remove(id: string): Promise<Result<{ deleted: boolean }>>;
  /** The bundled plan when `planId` is absent or names it; else the imported plan. */
  browser(planId?: string): Promise<Result<PlanBrowserData>>;
}

export interface PlanImportOptions {
  /** The bundled matcher, to link topics; without it an imported plan has no topics. */
  matcher?: () => Promise<Matcher>;
  now?: () => number;
  newId?: () => string;
}

export function createPlanImportService(
  db: StandardsLensDb,
  knowledge: () => Promise<CardKnowledge>,
  { matcher, now = Date.now, newId = () => `imported-${crypto.randomUUID()}` }: PlanImportOptions = {},
): PlanImportService {
  const read = async (text: string, id: string) => {
    const { agencies } = await knowledge();
    return readPlanImport(text, (t) => buildPlanDoc(t, { id, agencies }));
  };

  return {
    async preview(text) {
      return ok((await read(text, 'preview')).preview);
    },

    async importPlan(text, name) {
      const id = newId();
      const { preview, plan } = await read(text, id);
      if (preview.status === 'refused') return err('bad-request', describeRefusal(preview.refusal));
      if (preview.status === 'invalid' || !plan) {
        return err('bad-request', preview.status === 'invalid' ? preview.error.message : 'not a plan');
      }
      if (matcher) {
        const [kb, m] = await Promise.all([knowledge(), matcher()]);
        plan.topics = linkTopicsByText(plan, kb.topics, (t) => scanText(t, m));
      }
      const row: ImportedPlanRow = {
        id,
        name: name.trim() || plan.title || id,
        importedAt: now(),
        source: text,
        plan,
      };
      await db.importedPlans.add(row);
      return ok(importedEntry(row));
    },

    async list() {
      const { plan } = await knowledge();
      const bundled: PlanListEntry = {
        id: plan.id,
        name: plan.title,
        source: 'bundled',
        title: plan.title,
        itemCount: plan.items.length,
      };
      const rows = await db.importedPlans.orderBy('importedAt').toArray();
      return ok({ plans: [bundled, ...rows.map(importedEntry)] });
    },

    async remove(id) {
      const { plan } = await knowledge();
      if (id === plan.id) return err('forbidden', 'the bundled plan cannot be deleted');
      const deleted = await db.transaction('rw', db.importedPlans, async () => {
        const found = (await db.importedPlans.where('id').equals(id).count()) > 0;
        if (found) await db.importedPlans.delete(id);
        return found;
      });
      return ok({ deleted });
    },

    async browser(planId) {
      const kb = await knowledge();
      if (planId === undefined || planId === kb.plan.id) {
        const { plan, agencies, topics, standardCodes } = kb;
        return ok({ plan, agencies, topics, standardCodes });
      }
      const row = await db.importedPlans.get(planId);
      if (!row) return err('not-found', `no plan ${planId}`);
      // The topics' names from the seeds, their items from the link made at import.
      const linked = new Map(row.plan.topics.map((t) => [t.id, t.items]));
      const topics = kb.topics.flatMap((t) => {
        const items = linked.get(t.id);
        return items ? [{ ...t, items }] : [];
      });
      // No standard-code families: theirs name the bundled plan's items, which mean nothing here.
      return ok({ plan: row.plan, agencies: kb.agencies, topics });
    },
  };
}

function importedEntry(row: ImportedPlanRow): PlanListEntry {
  return {
    id: row.id,
    name: row.name,
    source: 'imported',
    title: row.plan.title,
    itemCount: row.plan.items.length,
    importedAt: row.importedAt,
  };
}
