/**
 * Settings and sites as a backup holds them (rows of the `settings` and `sites` tables). Only the
 * settings this version knows are restored, each checked against its own shape: a restore must leave
 * the extension in a state it could have reached by itself. A later issue that adds a setting adds
 * its schema here.
 */
import { z } from '../../zod';
import { isDefaultSite } from '../../sites/default-sites';
import { isSiteHost } from '../../services/site-patterns';
import { uiPrefsPatchSchema } from '../../settings/ui-prefs-schema';
import { userTermsSchema } from '../../settings/user-terms-schema';

export interface SettingEntry {
  key: string;
  value: unknown;
}

export interface SiteEntry {
  origin: string;
  host: string;
  enabled: boolean;
  updatedAt: number;
}

export const SETTING_SCHEMAS: Record<string, z.ZodType> = {
  paused: z.boolean(),
  ui: uiPrefsPatchSchema,
  /** The reader's own terms (issue 12, lib/kb/user-terms.ts). */
  userTerms: userTermsSchema,
};

export const settingEntry = z
  .object({ key: z.string().min(1).max(256), value: z.unknown() })
  .transform((row, ctx): SettingEntry => {
    if (!Object.hasOwn(SETTING_SCHEMAS, row.key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['key'],
        message: `not a setting of this version: ${row.key.slice(0, 64)}`,
      });
      return z.NEVER;
    }
    const parsed = SETTING_SCHEMAS[row.key]!.safeParse(row.value);
    if (!parsed.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: parsed.error.issues[0]?.message ?? 'invalid',
      });
      return z.NEVER;
    }
    return { key: row.key, value: parsed.data };
  });

export const siteEntry = z
  .object({
    origin: z.string().min(1).max(2_048),
    host: z.string().max(253).optional(),
    enabled: z.boolean(),
    updatedAt: z.number().int().min(0).max(8.64e15),
  })
  .transform((row, ctx): SiteEntry => {
    let url: URL | undefined;
    try {
      url = new URL(row.origin);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !isSiteHost(url.hostname)) {
      ctx.addIssue({ code: 'custom', path: ['origin'], message: 'expected the http(s) origin of one host' });
      return z.NEVER;
    }
    return { origin: url.origin, host: url.hostname, enabled: row.enabled, updatedAt: row.updatedAt };
  });

/** A site that needs a host permission to run on (not one of the default government sites). */
export const needsPermission = (site: SiteEntry) => site.enabled && !isDefaultSite(site.host);
