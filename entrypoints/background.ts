/// <reference types="wxt/vite-builder-env" />
// ↑ types the `?raw` import: tsconfig leaves WXT's generated .wxt/ types out of the program.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { openDatabase } from '../lib/db/database';
import { ensurePersistentStorage } from '../lib/db/persist-storage';
import { seedAgencies, seedPlanTitles, seedStandardCodes, seedTopics } from '../lib/kb/bundled-seeds';
import { createMessageRouter, toRuntimeListener } from '../lib/messages/router';
import { createBackgroundServices } from '../lib/services/background-services';
import { createClipTriggers } from '../lib/services/clip-triggers';
import { createBundledKbSource } from '../lib/services/kb-source';
import { createPageStateLog } from '../lib/services/page-state-log';
import { createStorageAreaStore } from '../lib/services/key-value-store';
import { CONTENT_CSS_FILE, CONTENT_FILE } from '../lib/sites/content-files';
import planText from '../seeds/plan.zh-Hans.txt?raw';

// Wiring only (STYLE.md §1). The knowledge base is built lazily: only when the database lacks this seed version.
export default defineBackground({
  type: 'module',
  main() {
    const onError = (error: unknown) => console.warn('[standards-lens]', error);
    const seeds = {
      planText,
      agencies: seedAgencies,
      topics: seedTopics,
      standardCodes: seedStandardCodes,
      planTitles: seedPlanTitles,
    };
    const services = createBackgroundServices({
      db: openDatabase(),
      kb: createBundledKbSource(seeds, browser.runtime.getManifest().version, () =>
        fetch(new URL('/matcher.json', self.location.href)).then((r) => r.json()),
      ),
      scripting: browser.scripting,
      injectClipUi: (target) => browser.scripting.executeScript({ target, files: ['/clip-ui.js'] }),
      injectCardUi: (target) => browser.scripting.executeScript({ target, files: ['/card-ui.js'] }),
      injectContentApp: (target) =>
        Promise.all([
          browser.scripting.insertCSS({ target, files: [`/${CONTENT_CSS_FILE}`] }),
          // An unlisted script WXT's list of public paths does not know under this name (wxt.config.ts).
          browser.scripting.executeScript({ target, files: [`/${CONTENT_FILE}` as ScriptPublicPath] }),
        ]),
      permissions: browser.permissions,
      action: browser.action,
      tabs: browser.tabs,
      session: createStorageAreaStore(browser.storage.session),
      contentScript: { js: [CONTENT_FILE], css: [CONTENT_CSS_FILE] },
      onError,
      // The card's "open in plan browser"; = runtime.getURL('/plan.html') (see `runtime` below).
      planBrowser: { tabs: browser.tabs, url: new URL('/plan.html', self.location.href).href },
    });
    // = runtime.getURL('/'), whose WXT typing lives in the .wxt/ types tsconfig leaves out.
    const runtime = { id: browser.runtime.id, baseUrl: new URL('/', self.location.href).href };
    // What each frame was told about running there: browser tests read it (issue 14).
    const pageStates = createPageStateLog(createStorageAreaStore(browser.storage.session), onError);
    browser.runtime.onMessage.addListener(
      toRuntimeListener(pageStates.observe(createMessageRouter(services.handlers, runtime, onError))),
    );
    const clipTriggers = createClipTriggers(browser, onError); // context menu and Alt+Shift+S
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason !== 'install' && reason !== 'update') return;
      services.knowledge.seedSoon(); // behind the first pages' answers
      clipTriggers.createMenu().catch(onError);
    });
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status !== 'loading') return;
      services.badge.clearTab(tabId).catch(onError);
      services.view.clearTab(tabId).catch(onError);
      pageStates.forgetTab(tabId).catch(onError);
    });
    browser.tabs.onRemoved.addListener((tabId) => void services.badge.forgetTab(tabId).catch(onError));
    browser.tabs.onRemoved.addListener((tabId) => void pageStates.forgetTab(tabId).catch(onError));
    // On every worker start: dynamic scripts do not survive every update or browser, the database does.
    services.sites.restore().catch(onError);
    // Firefox keeps extension storage evictable until asked (lib/db/persist-storage.ts).
    ensurePersistentStorage(globalThis.navigator?.storage).catch(onError);
  },
});
