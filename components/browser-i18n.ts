import { browser } from 'wxt/browser';

/**
 * chrome.i18n.getMessage for keys held in variables. WXT types the literal keys of public/_locales;
 * tests/unit/locales.test.ts checks that every locale has every key, so the widening here is safe.
 */
export function getMessage(key: string, substitutions?: string[]): string {
  return (
    browser.i18n as unknown as { getMessage(name: string, substitutions?: string[]): string }
  ).getMessage(key, substitutions);
}
