/**
 * The two ways to save a selection that the background hears about: the context-menu item on a
 * selection, and the `save-clip` command (Alt+Shift+S, wxt.config.ts). Either one asks the content
 * script to save its selection (BackgroundToContent.saveSelection); the content script takes the clip
 * and sends `saveClip` back. Browser APIs arrive as adapters (`browser.contextMenus`, … fit).
 */
import { BACKGROUND_CHANNEL, type Envelope, type NoPayload } from '../messages/protocol';

/** The context-menu item and the command share one name. */
export const SAVE_CLIP = 'save-clip';

export interface TriggerTab {
  id?: number;
}

export interface MenuClickInfo {
  menuItemId: string | number;
  /** The frame the selection is in (Chrome, Firefox). */
  frameId?: number;
}

// Method syntax: parameters are checked bivariantly, so the browser's own richer types fit.
export interface ContextMenusAdapter {
  removeAll(): Promise<void>;
  create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
  onClicked: { addListener(listener: (info: MenuClickInfo, tab?: TriggerTab) => void): void };
}

export interface CommandsAdapter {
  onCommand: { addListener(listener: (command: string, tab?: TriggerTab) => void): void };
}

export interface TabsAdapter {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

export interface I18nAdapter {
  getMessage(name: 'menuSaveClip'): string;
}

export interface ClipTriggerAdapters {
  contextMenus: ContextMenusAdapter;
  commands: CommandsAdapter;
  tabs: TabsAdapter;
  i18n: I18nAdapter;
}

export interface ClipTriggers {
  /** On install and update: (re)creates the menu item (a duplicate id would be an error). */
  createMenu(): Promise<void>;
}

const SAVE_SELECTION: Envelope<'saveSelection', NoPayload> = {
  channel: BACKGROUND_CHANNEL,
  type: 'saveSelection',
  payload: {},
};

/** The content script answers `Result<{ saved: boolean }>` (lib/messages/background-requests). */
function wasSaved(answer: unknown): boolean {
  const value = (answer as { ok?: unknown; value?: { saved?: unknown } } | null | undefined)?.value;
  return (answer as { ok?: unknown } | null | undefined)?.ok === true && value?.saved === true;
}

/** A real tab: `tabs.TAB_ID_NONE` is -1, and a command may come without a tab. */
const tabIdOf = (tab?: TriggerTab) => (typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : undefined);

/** Registers the listeners (call synchronously at worker start, so a waking event is not missed). */
export function createClipTriggers(
  { contextMenus, commands, tabs, i18n }: ClipTriggerAdapters,
  onError: (error: unknown) => void = () => {},
): ClipTriggers {
  // Rejects when the tab has no content script (a page where the extension does not run): swallowed.
  const send = (tabId: number, frameId?: number) =>
    tabs.sendMessage(tabId, SAVE_SELECTION, frameId === undefined ? undefined : { frameId });

  contextMenus.onClicked.addListener((info, tab) => {
    const tabId = tabIdOf(tab);
    if (info.menuItemId !== SAVE_CLIP || tabId === undefined) return;
    send(tabId, info.frameId ?? 0).catch(onError);
  });

  /**
   * The command does not say which frame holds the selection: the top frame first; when it has none,
   * every frame of the tab (each content script without a selection answers `{ saved: false }`).
   */
  async function saveInTab(tabId: number) {
    try {
      if (wasSaved(await send(tabId, 0))) return;
    } catch (error) {
      onError(error); // no content script in the top frame; one may still run in a frame
    }
    await send(tabId).catch(onError);
  }

  commands.onCommand.addListener((command, tab) => {
    const tabId = tabIdOf(tab);
    if (command === SAVE_CLIP && tabId !== undefined) void saveInTab(tabId);
  });

  return {
    async createMenu() {
      await contextMenus.removeAll();
      contextMenus.create({
        id: SAVE_CLIP,
        title: i18n.getMessage('menuSaveClip') || 'Save clip',
        contexts: ['selection'],
      });
    },
  };
}
