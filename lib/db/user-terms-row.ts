/**
 * The reader's own terms live in one `settings` row (key `userTerms`): user data that survives a
 * reseed and rides in a backup like every setting, without a schema change (issue 12).
 */
import type { UserTerm } from '../kb/user-terms';
import { userTermSchema, userTermsSchema } from '../settings/user-terms-schema';
import type { StandardsLensDb } from './database';

export const USER_TERMS_KEY = 'userTerms';

/** The stored terms; a row of the wrong shape keeps only the entries that are valid on their own. */
export function parseUserTermsRow(value: unknown): UserTerm[] {
  if (value === undefined) return [];
  const whole = userTermsSchema.safeParse(value);
  if (whole.success) return whole.data;
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  return value.flatMap((row) => {
    const one = userTermSchema.safeParse(row);
    if (!one.success || seen.has(one.data.id)) return [];
    seen.add(one.data.id);
    return [one.data as UserTerm];
  });
}

export async function readUserTerms(db: StandardsLensDb): Promise<UserTerm[]> {
  return parseUserTermsRow((await db.settings.get(USER_TERMS_KEY))?.value);
}

export async function writeUserTerms(db: StandardsLensDb, terms: readonly UserTerm[]): Promise<void> {
  if (terms.length === 0) await db.settings.delete(USER_TERMS_KEY);
  else await db.settings.put({ key: USER_TERMS_KEY, value: terms });
}
