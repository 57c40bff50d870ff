import { render } from 'preact';
import { PageIntro, type PageLink } from './PageIntro';

export type GetMessage = (key: string) => string;

export interface MountPageOptions {
  titleKey: string;
  introKey: string;
  links?: { href: string; labelKey: string }[];
  getMessage: GetMessage;
  root?: HTMLElement;
  doc?: Document;
}

/**
 * Renders an extension page's localized heading and sets the document title from the same message,
 * so the tab, the window title and the heading always agree. The UI language follows the browser's
 * (`_locales`: zh_CN default, zh_TW, en).
 */
export function mountPage({
  titleKey,
  introKey,
  links = [],
  getMessage,
  doc = document,
  root,
}: MountPageOptions) {
  const title = getMessage(titleKey);
  doc.title = title;
  doc.documentElement.lang = getMessage('@@ui_locale').replace('_', '-') || 'zh-CN';
  const pageLinks: PageLink[] = links.map((l) => ({ href: l.href, label: getMessage(l.labelKey) }));
  const host = root ?? doc.getElementById('app') ?? doc.body;
  render(<PageIntro title={title} intro={getMessage(introKey)} links={pageLinks} />, host);
}
