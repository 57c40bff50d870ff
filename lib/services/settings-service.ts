/**
 * Global settings in the `settings` table (key/value): the pause switch and the UI preferences.
 * Stored values are read defensively — a row of the wrong shape falls back to the default.
 */
import type { StandardsLensDb } from '../db/database';
import type { CardLangPref, KindSwitches, Settings, UiPrefs } from '../messages/protocol';
import { agencyId } from '../settings/ui-prefs-schema';
import { NO_READ_CACHE, type ReadCache } from './read-cache';

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  ui: {
    cardLang: 'auto',
    hoverDelayMs: 300,
    cardTrigger: 'hover',
    kinds: { topic: true, agency: true, standard: true, clip: true },
    myAgencies: [],
  },
};

const CARD_LANGS: readonly CardLangPref[] = ['auto', 'zh-Hans', 'zh-Hant', 'en'];

function readKinds(value: unknown): KindSwitches {
  const kinds = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const defaults = DEFAULT_SETTINGS.ui.kinds;
  const read = (k: keyof KindSwitches) =>
    typeof kinds[k] === 'boolean' ? (kinds[k] as boolean) : defaults[k];
  return { topic: read('topic'), agency: read('agency'), standard: read('standard'), clip: read('clip') };
}

/** Valid, distinct agency ids; anything else in the stored list is dropped. */
function readAgencyIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const ids = value.filter((v): v is string => agencyId.safeParse(v).success);
  return [...new Set(ids)].slice(0, 50);
}

function readUi(value: unknown): UiPrefs {
  const ui = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof UiPrefs, unknown>
  >;
  const defaults = DEFAULT_SETTINGS.ui;
  return {
    cardLang: CARD_LANGS.includes(ui.cardLang as CardLangPref)
      ? (ui.cardLang as CardLangPref)
      : defaults.cardLang,
    hoverDelayMs:
      typeof ui.hoverDelayMs === 'number' && Number.isFinite(ui.hoverDelayMs)
        ? ui.hoverDelayMs
        : defaults.hoverDelayMs,
    cardTrigger: ui.cardTrigger === 'modifier' ? 'modifier' : 'hover',
    kinds: readKinds(ui.kinds),
    myAgencies: readAgencyIds(ui.myAgencies),
  };
}

export async function readSettings(db: StandardsLensDb): Promise<Settings> {
  const [paused, ui] = await db.settings.bulkGet(['paused', 'ui']);
  return { paused: paused?.value === true, ui: readUi(ui?.value) };
}

export interface SettingsService {
  get(): Promise<Settings>;
  setPaused(paused: boolean): Promise<Settings>;
  updateUi(patch: Partial<UiPrefs>): Promise<Settings>;
}

/** `cache` keeps the settings until the database's next write (./read-cache): every frame's start reads them. */
export function createSettingsService(
  db: StandardsLensDb,
  cache: ReadCache = NO_READ_CACHE,
): SettingsService {
  return {
    get: () => cache.read('settings', () => readSettings(db)),
    async setPaused(paused) {
      await db.settings.put({ key: 'paused', value: paused });
      return readSettings(db);
    },
    async updateUi(patch) {
      await db.transaction('rw', db.settings, async () => {
        const { ui } = await readSettings(db);
        await db.settings.put({ key: 'ui', value: readUi({ ...ui, ...patch }) });
      });
      return readSettings(db);
    },
  };
}
