/**
 * The popup's view of a tab (issue 10, "the page against the plan"): every plan item with the weight
 * the page gives it (lib/page-summary/mention-tally), the items the page is most about, and — apart from
 * them — the agencies the page names with what the plan gives each of them among those items: the
 * items it leads (牵头), and the items whose bracket names no lead and lists it as responsible
 * (`〔A、B、C等按职责分工负责〕`). Pure: the background calls it with the tab's summed counts.
 */
import type { CardKnowledge, CardLang, ItemRef } from '../card/types';
import type { AgencyOnPage, CoverageSection, ItemCount, KindCounts, TabSummary } from '../messages/protocol';
import type { Item } from '../plan/types';
import { itemsLedBy } from '../card/mark-mine';

export interface TabCountsLike {
  count: number;
  byKind: KindCounts;
  byItem: Record<string, number>;
  itemWeight?: Record<string, number>;
  byAgency?: Record<string, number>;
  /** Frames that reported (0: never scanned). */
  frames?: number;
}

export interface TabSummaryOptions {
  lang?: CardLang;
  /** Plan text (item titles) in the reader's script: Simplified → Traditional for zh-Hant. */
  localize?: (text: string) => string;
  highlightsHidden?: boolean;
  /** The reader's agencies ("my agency", options): listed first, and the items they lead marked. */
  myAgencies?: readonly string[];
}

/** Heavier first; equal weights by more mentions, then in plan order. */
const byWeight = (a: ItemCount, b: ItemCount) => b.weight - a.weight || b.count - a.count || a.no - b.no;

export function tabSummary(
  tabId: number,
  counts: TabCountsLike,
  kb: CardKnowledge | undefined,
  options: TabSummaryOptions = {},
): TabSummary {
  const { lang = 'zh-Hans', localize = (s: string) => s } = options;
  // English readers get the curated English titles (seeds/plan-titles.en.json) where there are any.
  const titleOf = (titled: { title: string; en?: string }) =>
    lang === 'en' && titled.en ? titled.en : localize(titled.title);
  const plan = kb?.plan;
  const planItems = new Map(plan?.items.map((item) => [item.no, item]));
  const myAgencies = new Set(options.myAgencies);
  const led = plan && myAgencies.size ? itemsLedBy(plan, [...myAgencies]) : new Set<number>();
  const mine = <T extends object>(no: number, entry: T): T =>
    led.has(no) ? { ...entry, mine: true } : entry;
  const itemCount = (no: number, item: Item | undefined): ItemCount =>
    mine(no, {
      no,
      label: item?.label ?? '',
      title: item ? titleOf(item) : '',
      count: counts.byItem[no] ?? 0,
      // An older report without weights: each mention counted whole.
      weight: counts.itemWeight?.[no] ?? counts.byItem[no] ?? 0,
    });

  const byItem = Object.keys(counts.byItem)
    .map((key) => itemCount(Number(key), planItems.get(Number(key))))
    .filter((entry) => entry.count > 0)
    .sort(byWeight);

  const coverage: CoverageSection[] = (plan?.sections ?? []).map((section) => ({
    no: section.no,
    label: section.label,
    title: titleOf(section),
    items: plan!.items.filter((i) => i.section === section.no).map((i) => itemCount(i.no, i)),
  }));

  const onPage = byItem.flatMap((entry) => {
    const item = planItems.get(entry.no);
    return item ? [item] : [];
  });
  const ref = (item: Item): ItemRef =>
    mine(item.no, { no: item.no, label: item.label, title: titleOf(item) });
  const seeds = new Map(kb?.agencies.map((a) => [a.id, a]));
  const rank = new Map(kb?.agencies.map((a, i) => [a.id, i]));
  const order = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const named: AgencyOnPage[] = Object.entries(counts.byAgency ?? {})
    .filter(([, n]) => n > 0)
    .map(([id, n]) => {
      const seed = seeds.get(id);
      const name = seed ? (lang === 'en' ? seed.en : lang === 'zh-Hant' ? seed.hant : seed.hans) : id;
      return {
        id,
        ids: [id],
        name,
        count: n,
        ...(myAgencies.has(id) && { mine: true }),
        leads: onPage.filter((item) => item.duties.some((d) => d.leads.includes(id))).map(ref),
        responsible: onPage
          .filter(
            (item) =>
              !item.duties.some((d) => d.leads.includes(id)) &&
              item.duties.some((d) => d.leads.length === 0 && d.partners.includes(id)),
          )
          .map(ref),
      };
    })
    // Equal counts in the registry's order (which lists 市场监管总局 before 国家标准委).
    .sort((a, b) => b.count - a.count || order(a.id) - order(b.id));
  // The reader's own agencies first (a stable sort keeps the order above among each part).
  const agencies = mergeLinked(named, (id) => seeds.get(id)?.linked ?? [], order, lang).sort(
    (a, b) => Number(b.mine === true) - Number(a.mine === true),
  );

  return {
    tabId,
    count: counts.count,
    byKind: counts.byKind,
    byItem,
    scanned: (counts.frames ?? 0) > 0,
    highlightsHidden: options.highlightsHidden ?? false,
    coverage,
    agencies,
  };
}

/**
 * Bodies that act as one (市场监管总局(国家标准委): SAMR and SAC) are one entry when the page names
 * both, written together in the registry's order as the card writes them: 市场监管总局（国家标准委）.
 */
function mergeLinked(
  agencies: AgencyOnPage[],
  linkedOf: (id: string) => readonly string[],
  order: (id: string) => number,
  lang: CardLang,
): AgencyOnPage[] {
  const groups: AgencyOnPage[][] = [];
  for (const agency of agencies) {
    const group = groups.find((g) => g.some((k) => linkedOf(k.id).includes(agency.id)));
    if (group) group.push(agency);
    else groups.push([agency]);
  }
  const union = (lists: ItemRef[][]) =>
    lists.flat().filter((item, i, all) => all.findIndex((j) => j.no === item.no) === i);
  return groups.map((group) => {
    if (group.length === 1) return group[0]!;
    const members = [...group].sort((a, b) => order(a.id) - order(b.id));
    const [first, ...rest] = members.map((m) => m.name);
    const leads = union(members.map((m) => m.leads));
    return {
      id: members[0]!.id,
      ids: members.map((m) => m.id),
      name: lang === 'en' ? `${first} (${rest.join(', ')})` : `${first}（${rest.join('、')}）`,
      count: members.reduce((n, m) => n + m.count, 0),
      ...(members.some((m) => m.mine) && { mine: true }),
      leads,
      responsible: union(members.map((m) => m.responsible)).filter((i) => !leads.some((l) => l.no === i.no)),
    };
  });
}
