/**
 * A whole background for unit tests: the real services over a fresh fake-indexeddb database and the
 * bundled knowledge base, with the browser's APIs answered by do-nothing adapters. `extra` sets what a
 * test watches (tabs, the plan browser's tab opener …) or replaces.
 */
import { createBackgroundServices, type BackgroundDeps } from '../../lib/services/background-services';
import { bundledKnowledge } from '../db/bundled-knowledge';
import { freshDb } from '../db/fresh-db';

export function testBackground(extra: Partial<BackgroundDeps> = {}) {
  return createBackgroundServices({
    db: freshDb(),
    kb: { version: () => 'v1', load: () => bundledKnowledge() },
    scripting: {
      registerContentScripts: async () => {},
      unregisterContentScripts: async () => {},
      getRegisteredContentScripts: async () => [],
    },
    permissions: { contains: async () => false, remove: async () => false },
    action: { setBadgeText: async () => {} },
    injectClipUi: async () => {},
    ...extra,
  });
}
