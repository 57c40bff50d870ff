/**
 * Agency ids → the entries a card lists. Linked bodies written together in the plan
 * (市场监管总局(国家标准委) → `samr`, `sac`) stay one entry, as the plan counts them: item 1 has eight
 * lead bodies, nine ids.
 */
import { pickName, planString, type CardContext } from './context';
import type { AgencyRef } from './types';

function nameOf(ctx: CardContext, id: string): { name: string; known: boolean } {
  const seed = ctx.agencies.get(id);
  if (seed) return { name: pickName(ctx, seed), known: true };
  // A placeholder for a name no seed knows: its id is the Simplified name as written.
  const placeholder = ctx.planAgencies.get(id);
  return { name: planString(ctx, placeholder?.hans ?? id), known: false };
}

function joinLinked(ctx: CardContext, names: string[]): string {
  const [first = '', ...rest] = names;
  if (!rest.length) return first;
  return ctx.lang === 'en' ? `${first} (${rest.join('; ')})` : `${first}（${rest.join('、')}）`;
}

/** One ref for one agency id (no grouping). */
export function agencyRef(ctx: CardContext, id: string): AgencyRef {
  const { name, known } = nameOf(ctx, id);
  return { id, name, ids: [id], known };
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
    const names = group.map((g) => nameOf(ctx, g));
    out.push({
      id,
      name: joinLinked(
        ctx,
        names.map((n) => n.name),
      ),
      ids: group,
      known: names[0]?.known ?? false,
    });
    i += group.length;
  }
  return out;
}
