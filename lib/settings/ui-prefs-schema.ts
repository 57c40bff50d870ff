/**
 * The shape of the reader's UI preferences, in one place: the options page's `updateSettings` message
 * and a backup's `ui` setting are both checked against it (a second copy once let a restore drop the
 * kind switches without a word).
 */
import { z } from '../zod';

/** Agency ids as lib/kb gives them: `miit`, `samr`, `nhc-tcm`. */
export const agencyId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

export const uiPrefsSchema = z.object({
  cardLang: z.enum(['auto', 'zh-Hans', 'zh-Hant', 'en']),
  hoverDelayMs: z.number().int().min(0).max(10_000),
  cardTrigger: z.enum(['hover', 'modifier']),
  kinds: z.object({
    topic: z.boolean(),
    agency: z.boolean(),
    standard: z.boolean(),
    clip: z.boolean(),
  }),
  myAgencies: z.array(agencyId).max(50),
});

/**
 * A patch from the options page, or the `ui` row of a backup made by an older version: every field
 * optional, and the settings service fills in the defaults.
 */
export const uiPrefsPatchSchema = uiPrefsSchema.partial();
