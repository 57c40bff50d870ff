/**
 * The reader's own terms (issue 12): listed, added after validation against the shipped glossary and
 * the plan (lib/kb/user-term-validate), removed. Stored in the `userTerms` settings row; the knowledge
 * service reads that row for every matcher it hands out, so a page loaded after a change gets the new
 * matcher. After a change the matcher is compiled at once, so that load does not wait for it.
 */
import { createCardContext, itemRef } from '../card/context';
import type { CardKnowledge, CardLang } from '../card/types';
import type { StandardsLensDb } from '../db/database';
import { readUserTerms, writeUserTerms } from '../db/user-terms-row';
import { describeUserTermProblems } from '../kb/user-term-messages';
import { shippedTermIndex, validateUserTerm, type TermOwner } from '../kb/user-term-validate';
import type { UserTerm, UserTermInput } from '../kb/user-terms';
import { buildFamilyIndex, type FamilyIndex } from '../match/designation';
import type { UserTermList } from '../messages/protocol';
import { err, ok, type Result } from '../messages/result';
import type { KnowledgeService } from './knowledge-service';

export interface UserTermsService {
  list(lang?: CardLang): Promise<UserTermList>;
  /** The stored term, or `bad-request` with every problem in the reader's language (nothing stored). */
  add(input: UserTermInput, lang?: CardLang): Promise<Result<UserTerm>>;
  remove(id: string): Promise<{ removed: boolean; terms: UserTerm[] }>;
}

export interface UserTermsServiceOptions {
  now?: () => number;
  newId?: () => string;
  onError?: (error: unknown) => void;
}

interface Glossary {
  shipped: Map<string, TermOwner>;
  families: FamilyIndex;
  planItems: number[];
}

export function createUserTermsService(
  db: StandardsLensDb,
  knowledge: Pick<KnowledgeService, 'cardKnowledge' | 'getMatcher'>,
  { now = Date.now, newId = () => crypto.randomUUID(), onError = () => {} }: UserTermsServiceOptions = {},
): UserTermsService {
  // The glossary's keys, compiled once per knowledge object (a few ms; the object lives as long as the worker).
  const glossaries = new WeakMap<CardKnowledge, Glossary>();
  const glossaryOf = (kb: CardKnowledge): Glossary => {
    let g = glossaries.get(kb);
    if (!g) {
      g = {
        shipped: shippedTermIndex(kb),
        families: buildFamilyIndex(kb.standardCodes),
        planItems: kb.plan.items.map((item) => item.no),
      };
      glossaries.set(kb, g);
    }
    return g;
  };
  const recompile = () => void knowledge.getMatcher().catch(onError);

  return {
    async list(lang = 'zh-Hans') {
      const [kb, terms] = await Promise.all([knowledge.cardKnowledge(), readUserTerms(db)]);
      const ctx = createCardContext(kb, lang);
      return { terms, items: kb.plan.items.map((item) => itemRef(ctx, item)) };
    },

    async add(input, lang = 'zh-Hans') {
      const glossary = glossaryOf(await knowledge.cardKnowledge());
      // Read, check and write in one transaction: two adds at once cannot both take one surface.
      const outcome = await db.transaction('rw', db.settings, async () => {
        const existing = await readUserTerms(db);
        const checked = validateUserTerm(input, { ...glossary, existing });
        if (!checked.ok) return checked;
        const term: UserTerm = { id: newId(), ...checked.value, created: now() };
        await writeUserTerms(db, [...existing, term]);
        return { ok: true as const, term };
      });
      if (!outcome.ok) return err('bad-request', describeUserTermProblems(outcome.problems, lang));
      recompile();
      return ok(outcome.term);
    },

    async remove(id) {
      const result = await db.transaction('rw', db.settings, async () => {
        const existing = await readUserTerms(db);
        const terms = existing.filter((t) => t.id !== id);
        if (terms.length !== existing.length) await writeUserTerms(db, terms);
        return { removed: terms.length !== existing.length, terms };
      });
      if (result.removed) recompile();
      return result;
    },
  };
}
