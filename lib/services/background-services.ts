/**
 * The background's services, built from their dependencies (the composition root the entrypoint calls).
 * Browser APIs come in as adapters, so the whole graph runs in tests with fakes.
 */
import type { StandardsLensDb } from '../db/database';
import { readUserTerms } from '../db/user-terms-row';
import { onDatabaseWrite } from '../db/write-events';
import type { HandlerTable } from '../messages/router';
import { createBackupService } from './backup-service';
import { createBadgeService, type ActionAdapter } from './badge-service';
import { createCardService } from './card-service';
import { createClipService } from './clip-service';
import { createClipLibraryService } from './clip-library-service';
import { createClipUiLoader, type InjectClipUi } from './clip-ui-loader';
import { createCardUiLoader, type InjectCardUi } from './card-ui-loader';
import { createHandlers, type Services } from './handlers';
import type { KbSource } from './kb-source';
import type { KeyValueStore } from './key-value-store';
import { createTabViewService, type TabMessenger } from './tab-view-service';
import { createKnowledgeService } from './knowledge-service';
import { createPlanTabService, type TabOpener } from './plan-tab-service';
import { createPlanImportService } from './plan-import-service';
import { createContentAppLoader, type InjectContentApp } from './content-app-loader';
import { createSettingsService } from './settings-service';
import { createUserTermsService } from './user-terms-service';
import { createReadCache } from './read-cache';
import {
  createSiteService,
  type PermissionsAdapter,
  type ScriptingAdapter,
  type SiteServiceOptions,
} from './site-service';

export interface BackgroundDeps {
  db: StandardsLensDb;
  kb: KbSource;
  scripting: ScriptingAdapter;
  /** Injects the clip UI into a frame, on first use. */
  injectClipUi: InjectClipUi;
  permissions: PermissionsAdapter;
  action: ActionAdapter;
  /** Messages to a tab's content scripts (`browser.tabs`): hide highlights, go to an item. */
  tabs?: TabMessenger;
  /** Per-tab badge counts and view state; `storage.session` in the extension. */
  session?: KeyValueStore;
  contentScript?: SiteServiceOptions;
  onError?: (error: unknown) => void;
  /** Opens the plan browser in a tab (`browser.tabs`, and `runtime.getURL('/plan.html')`). */
  planBrowser?: { tabs: TabOpener; url: string };
  /** Injects the card UI into a frame, on first use (issue 14). */
  injectCardUi?: InjectCardUi;
  /** Injects the content script (and its stylesheet) into a subframe that has text (issue 15). */
  injectContentApp?: InjectContentApp;
}

export function createBackgroundServices(deps: BackgroundDeps): Services & { handlers: HandlerTable } {
  const { db, onError } = deps;
  // The reads every frame's start waits for, kept until the database's next committed write: the
  // site's state, the settings, and the reader's terms (every scan asks which matcher is current).
  const reads = createReadCache(onDatabaseWrite);
  const knowledge = createKnowledgeService(db, deps.kb, onError, () =>
    reads.read('user-terms', () => readUserTerms(db)),
  );
  const sites = createSiteService(db, deps.scripting, deps.permissions, {
    ...deps.contentScript,
    cache: reads,
  });
  const settings = createSettingsService(db, reads);
  const services: Services = {
    knowledge,
    sites,
    badge: createBadgeService(deps.action, deps.session, { onError }),
    cards: createCardService(
      () => knowledge.knowledgeWithUserTerms(),
      undefined,
      () => knowledge.cardMatcher(),
      async () => (await settings.get()).ui.myAgencies,
    ),
    settings,
    clips: createClipService(db),
    clipUi: createClipUiLoader(deps.injectClipUi),
    view: createTabViewService(
      deps.tabs ?? { sendMessage: () => Promise.resolve(undefined) },
      deps.session,
      onError,
    ),
    backup: createBackupService(db, sites),
    library: createClipLibraryService(db, () => knowledge.knowledgeWithUserTerms()),
    userTerms: createUserTermsService(db, knowledge, { onError }),
    planTabs: createPlanTabService(deps.planBrowser?.tabs, deps.planBrowser?.url ?? ''),
    plans: createPlanImportService(db, () => knowledge.cardKnowledge(), {
      matcher: () => knowledge.cardMatcher(),
    }),
  };
  services.cardUi = createCardUiLoader(deps.injectCardUi ?? (() => Promise.resolve()));
  if (deps.injectContentApp) services.contentApp = createContentAppLoader(deps.injectContentApp);
  return { ...services, handlers: createHandlers(services) };
}
