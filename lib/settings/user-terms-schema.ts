/**
 * The `userTerms` settings row (lib/kb/user-terms.ts): what the background reads back and what a
 * backup's row is checked against before a restore writes it. Each surface must pass the same shape
 * checks as the options page's form; ids and folded surfaces must be unique across the list. Whether
 * a surface clashes with the shipped glossary of *this* version is not checked here (the glossary is
 * not at hand in the import parser): such a surface is matched as an ambiguous one.
 */
import { z } from '../zod';
import { list } from '../clips/import/bounded';
import { surfaceProblem } from '../kb/user-term-surface';
import { surfaceKeys } from '../kb/user-term-validate';
import { USER_TERM_LIMITS, type UserTerm } from '../kb/user-terms';

const WHY: Record<string, string> = {
  empty: 'empty',
  'too-long': `longer than ${USER_TERM_LIMITS.maxLength} characters`,
  'too-short': 'a single character or fewer than 2 letters',
  'no-letters': 'only digits or punctuation',
  'bad-chars': 'characters a term cannot have',
  generic: 'too common a word',
};

const surface = z
  .string()
  .max(USER_TERM_LIMITS.maxLength * 4)
  .superRefine((s, ctx) => {
    const problem = surfaceProblem(s);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: `"${s.slice(0, 40)}": ${WHY[problem.code] ?? problem.code}` });
    }
  });

export const userTermSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an id of letters, digits and dashes'),
  term: surface,
  aliases: list(surface, USER_TERM_LIMITS.maxAliases),
  items: list(z.number().int().min(1).max(10_000), 10_000).refine((a) => a.length > 0, 'expected plan items'),
  lang: z.enum(['zh', 'en']).optional(),
  created: z.number().int().min(0).max(8.64e15),
});

/**
 * The whole row. Issues carry the term's position and text in their message: a backup report shows
 * only the first message (lib/clips/import/user-data-schema).
 */
export const userTermsSchema = list(z.unknown(), USER_TERM_LIMITS.maxTerms).transform((rows, ctx) => {
  const out: UserTerm[] = [];
  const ids = new Set<string>();
  const keys = new Map<string, number>();
  rows.forEach((row, i) => {
    const parsed = userTermSchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      ctx.addIssue({ code: 'custom', path: [i], message: `user term ${i + 1}: ${where}${issue?.message}` });
      return;
    }
    const term = parsed.data as UserTerm;
    if (ids.has(term.id)) {
      ctx.addIssue({ code: 'custom', path: [i], message: `user term ${i + 1}: id ${term.id} repeated` });
      return;
    }
    ids.add(term.id);
    for (const s of [term.term, ...term.aliases]) {
      for (const key of surfaceKeys(s)) {
        const other = keys.get(key);
        if (other !== undefined && other !== i) {
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `user term ${i + 1}: "${s.slice(0, 40)}" is also user term ${other + 1}`,
          });
          return;
        }
        keys.set(key, i);
      }
    }
    out.push(term);
  });
  return out;
});
