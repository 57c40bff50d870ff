/** The real transport for the clients: `runtime.sendMessage` to the background. */
import { browser } from 'wxt/browser';
import type { Send } from './client';

export const sendToBackground: Send = (message) => browser.runtime.sendMessage(message);
