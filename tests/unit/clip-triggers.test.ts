import { describe, expect, it, vi } from 'vitest';
import { BACKGROUND_CHANNEL } from '../../lib/messages/protocol';
import {
  createClipTriggers,
  type MenuClickInfo,
  type TabsAdapter,
  type TriggerTab,
} from '../../lib/services/clip-triggers';

const SAVE_SELECTION = { channel: BACKGROUND_CHANNEL, type: 'saveSelection', payload: {} };

type Answer = (tabId: number, options?: { frameId?: number }) => Promise<unknown>;

function setup(answer: Answer = async () => ({ ok: true, value: { saved: true } })) {
  const clicked: ((info: MenuClickInfo, tab?: TriggerTab) => void)[] = [];
  const commanded: ((command: string, tab?: TriggerTab) => void)[] = [];
  const contextMenus = {
    removeAll: vi.fn(async () => {}),
    create: vi.fn(),
    onClicked: { addListener: (l: (typeof clicked)[number]) => void clicked.push(l) },
  };
  const sendMessage = vi.fn<TabsAdapter['sendMessage']>((tabId, _message, options) => answer(tabId, options));
  const onError = vi.fn();
  const triggers = createClipTriggers(
    {
      contextMenus,
      commands: { onCommand: { addListener: (l) => void commanded.push(l) } },
      tabs: { sendMessage },
      i18n: { getMessage: (name) => (name === 'menuSaveClip' ? '保存摘录' : '') },
    },
    onError,
  );
  const click = (info: MenuClickInfo, tab?: TriggerTab) => clicked.forEach((l) => l(info, tab));
  const command = (name: string, tab?: TriggerTab) => commanded.forEach((l) => l(name, tab));
  return { triggers, contextMenus, sendMessage, onError, click, command };
}

describe('clip triggers: context menu', () => {
  it('creates the selection item on install, replacing an old one', async () => {
    const { triggers, contextMenus } = setup();
    await triggers.createMenu();
    expect(contextMenus.removeAll).toHaveBeenCalledBefore(contextMenus.create);
    expect(contextMenus.create).toHaveBeenCalledExactlyOnceWith({
      id: 'save-clip',
      title: '保存摘录',
      contexts: ['selection'],
    });
  });

  it('asks the clicked frame to save its selection', async () => {
    const { sendMessage, click } = setup();
    click({ menuItemId: 'save-clip', frameId: 3 }, { id: 7 });
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(7, SAVE_SELECTION, { frameId: 3 });
    click({ menuItemId: 'save-clip' }, { id: 8 });
    expect(sendMessage).toHaveBeenLastCalledWith(8, SAVE_SELECTION, { frameId: 0 });
  });

  it('ignores other items and clicks outside a tab', () => {
    const { sendMessage, click } = setup();
    click({ menuItemId: 'other', frameId: 0 }, { id: 7 });
    click({ menuItemId: 'save-clip', frameId: 0 });
    click({ menuItemId: 'save-clip', frameId: 0 }, { id: -1 });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('reports a tab without a content script to onError', async () => {
    const failure = new Error('Could not establish connection. Receiving end does not exist.');
    const { onError, click } = setup(() => Promise.reject(failure));
    click({ menuItemId: 'save-clip', frameId: 0 }, { id: 7 });
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
  });
});

describe('clip triggers: the save-clip command', () => {
  it('stops at the top frame when it saved', async () => {
    const { sendMessage, command } = setup();
    command('save-clip', { id: 4 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(4, SAVE_SELECTION, { frameId: 0 });
  });

  it('asks every frame when the top frame has no selection', async () => {
    const { sendMessage, command, onError } = setup(async () => ({ ok: true, value: { saved: false } }));
    command('save-clip', { id: 4 });
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(2));
    expect(sendMessage.mock.calls).toEqual([
      [4, SAVE_SELECTION, { frameId: 0 }],
      [4, SAVE_SELECTION, undefined],
    ]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('still asks the frames when the top frame has no content script, and swallows failures', async () => {
    const { sendMessage, command, onError } = setup(() => Promise.reject(new Error('no receiver')));
    command('save-clip', { id: 4 });
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('ignores other commands and commands without a tab', () => {
    const { sendMessage, command } = setup();
    command('_execute_action', { id: 4 });
    command('save-clip');
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
