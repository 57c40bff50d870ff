/**
 * Agency ids → the entries a card lists. Linked bodies written together in the plan
 * (市场监管总局(国家标准委) → `samr`, `sac`) stay one entry, as the plan counts them: item 1 has eight
 * lead bodies, nine ids.
 */
import { pickName, planString, type CardContext } from './context';
import type { AgencyRef } from './types';

interface Names {
  name: string;
  /** The chip name of a long list: 工信部 / MIIT; `name` when nothing shorter is curated. */
  short: string;
  known: boolean;
}

function namesOf(ctx: CardContext, id: string): Names {
  const seed = ctx.agencies.get(id);
  if (!seed) {
    // A placeholder for a name no seed knows: its id is the Simplified name as written.
    const placeholder = ctx.planAgencies.get(id);
    const name = planString(ctx, placeholder?.hans ?? id);
    return { name, short: name, known: false };
  }
  const name = pickName(ctx, seed);
  if (ctx.lang === 'en') return { name, short: seed.acronyms[0] ?? name, known: true };
  // The shortest curated Chinese form (国家发展改革委 → 发改委); the plan's own name wins a tie.
  const shortest = seed.short.reduce((a, b) => (b.length < a.length ? b : a), seed.hans);
  return { name, short: shortest === seed.hans ? name : planString(ctx, shortest), known: true };
}

function joinLinked(ctx: CardContext, names: string[]): string {
  const [first = '', ...rest] = names;
  if (!rest.length) return first;
  return ctx.lang === 'en' ? `${first} (${rest.join('; ')})` : `${first}（${rest.join('、')}）`;
}

function refOf(ctx: CardContext, group: string[]): AgencyRef {
  const names = group.map((g) => namesOf(ctx, g));
  const name = joinLinked(
    ctx,
    names.map((n) => n.name),
  );
  const short = joinLinked(
    ctx,
    names.map((n) => n.short),
  );
  const ref: AgencyRef = { id: group[0] as string, name, ids: group, known: names[0]?.known ?? false };
  if (short !== name) ref.short = short;
  return ref;
}

/** One ref for one agency id (no grouping). */
export function agencyRef(ctx: CardContext, id: string): AgencyRef {
  return refOf(ctx, [id]);
}

/** Refs for a duty's ids, in order, with each run of linked bodies as one entry. */
export function agencyRefs(ctx: CardContext, ids: readonly string[]): AgencyRef[] {
  const out: AgencyRef[] = [];
  let i = 0;
  while (i < ids.length) {
    const id = ids[i] as string;
    const group = [id];
    const linked = new Set(ctx.agencies.get(id)?.linked ?? []);
    while (i + group.length < ids.length && linked.has(ids[i + group.length] as string)) {
      group.push(ids[i + group.length] as string);
    }
    out.push(refOf(ctx, group));
    i += group.length;
  }
  return out;
}
