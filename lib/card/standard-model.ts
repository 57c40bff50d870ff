import { describeFamily, type DesignationRef } from '../kb/standard-families';
import { readStandardTitle } from '../match/standard-title';
import { agencyRef } from './agency-refs';
import { createCardContext, itemRefs } from './context';
import { standardSearchUrl } from './search-url';
import { titleItems } from './title-items';
import type { CardKnowledge, CardLang, MentionRef, StandardCardModel } from './types';

/**
 * A standard-designation card: the normalized code, the title the page printed next to it, what its
 * family means (describeFamily), the plan items its title's topics belong to, then the items about that
 * kind of standard, and the platform search link. An unrecognized code still gets a card with the code
 * and the search link.
 */
export function buildStandardModel(kb: CardKnowledge, ref: MentionRef, lang: CardLang): StandardCardModel {
  const ctx = createCardContext(kb, lang);
  const code = (ref.designation ?? ref.id).trim();
  const family = kb.standardCodes.families.find((f) => f.id === ref.family);
  const fallback: DesignationRef | undefined = family
    ? { familyId: family.id, prefix: family.prefix }
    : undefined;
  const described =
    describeFamily(code, kb.standardCodes, lang) ??
    (fallback ? describeFamily(fallback, kb.standardCodes, lang) : undefined);
  const model: StandardCardModel = {
    kind: 'standard',
    title: code,
    code,
    familyId: described?.familyId ?? ref.family ?? '',
    familyTitle: described?.title ?? '',
    items: itemRefs(ctx, described?.items ?? []),
    searchUrl: standardSearchUrl(code),
  };
  const around = ref.around;
  const title =
    around && readStandardTitle(around.text, around.start, around.end)?.title.replace(/\s+/g, ' ');
  if (title) {
    model.standardTitle = title;
    const byTitle = kb.matcher ? titleItems(ctx, title, kb.matcher) : [];
    if (byTitle.length) {
      model.titleItems = byTitle;
      model.items = model.items.filter((i) => !byTitle.some((t) => t.item.no === i.no));
    }
  }
  if (described) {
    model.scope = described.scope;
    if (described.force) model.force = described.force;
    if (described.sector) model.sector = described.sector;
    if (described.province) model.province = described.province;
    if (described.agencyId) model.agency = agencyRef(ctx, described.agencyId);
  }
  return model;
}
