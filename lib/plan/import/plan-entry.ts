/** One plan in the plan browser's switcher (`listPlans`): the bundled plan, then each imported one. */
export interface PlanListEntry {
  id: string;
  /** The user's name for an imported plan; the title for the bundled one. */
  name: string;
  source: 'bundled' | 'imported';
  title: string;
  itemCount: number;
  /** Epoch ms; imported plans only. */
  importedAt?: number;
}
