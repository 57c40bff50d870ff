import { afterEach, describe, expect, it } from 'vitest';
import { readAgain } from '../../lib/dom/mutations';

/** Runs `edit` on a page made of `html` (then `setUp`) and classifies what a document observer saw. */
function classify(html: string, edit: () => void, setUp?: () => void) {
  document.body.innerHTML = html;
  setUp?.();
  const observer = new MutationObserver(() => {});
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'aria-hidden', 'contenteditable', 'slot'],
  });
  edit();
  const records = observer.takeRecords();
  observer.disconnect();
  const plan = readAgain(records, document.body);
  const name = (n: Node) => (n as Element).id || n.nodeName.toLowerCase();
  return {
    rescan: [...plan.rescan].map(name).sort(),
    whole: [...plan.whole].map(name).sort(),
    removed: plan.removed,
  };
}

const $ = (id: string) => document.getElementById(id)!;
afterEach(() => {
  document.body.innerHTML = '';
});

describe('readAgain', () => {
  it.each([
    [
      'edited text: its block container, rescanned',
      '<div id="d"><p id="p">碳足迹</p></div>',
      () => (($('p').firstChild as Text).data = '工信部'),
      { rescan: ['p'], whole: [], removed: false },
    ],
    [
      'an added paragraph: read whole',
      '<div id="d"><p id="p">碳足迹</p></div>',
      () => $('d').append(Object.assign(document.createElement('p'), { id: 'n', textContent: '6G' })),
      { rescan: [], whole: ['n'], removed: false },
    ],
    [
      'an added inline run: the container around it',
      '<p id="p">碳足迹</p>',
      () => $('p').append(document.createElement('b')),
      { rescan: ['p'], whole: [], removed: false },
    ],
    [
      'a removed paragraph: only "removed"',
      '<div id="d"><p id="p">碳足迹</p></div>',
      () => $('p').remove(),
      { rescan: [], whole: [], removed: true },
    ],
    [
      'a section shown: read whole, and the text around it (a hidden element is no boundary)',
      '<div id="d">前<section id="s" hidden><p>氢能</p></section>后</div>',
      () => $('s').removeAttribute('hidden'),
      { rescan: ['d'], whole: ['s'], removed: false },
    ],
    [
      'an inline run hidden: the container around it',
      '<p id="p">碳<span id="s">足</span>迹</p>',
      () => $('s').setAttribute('aria-hidden', 'true'),
      { rescan: ['p'], whole: [], removed: false },
    ],
    [
      'edits inside hidden content: nothing to read',
      '<div id="d" hidden><p id="p">碳足迹</p></div>',
      () => (($('p').firstChild as Text).data = '工信部'),
      { rescan: [], whole: [], removed: false },
    ],
    [
      'our own card coming and going: nothing',
      '<p id="p">碳足迹</p>',
      () => {
        const card = document.createElement('standards-lens-card');
        document.body.append(card);
        card.remove();
      },
      { rescan: [], whole: [], removed: false },
    ],
  ])('%s', (_, html, edit, expected) => {
    expect(classify(html, edit)).toEqual(expected);
  });

  it('a light-DOM edit under a web component: the component, read whole (it shows through a slot)', () => {
    const got = classify(
      '<div id="host"><p id="p">碳足迹</p></div>',
      () => (($('p').firstChild as Text).data = '工信部'),
      () => ($('host').attachShadow({ mode: 'open' }).innerHTML = '<slot></slot>'),
    );
    expect(got).toEqual({ rescan: [], whole: ['host'], removed: false });
  });

  it('an edit inside a shadow tree (observed on the shadow root): its outermost host, read whole', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const outer = $('host').attachShadow({ mode: 'open' });
    outer.innerHTML = '<span id="inner"></span>';
    const inner = outer.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<b>碳足迹</b>';
    const observer = new MutationObserver(() => {});
    observer.observe(inner, { subtree: true, characterData: true, childList: true });
    inner.querySelector('b')!.textContent = '工信部';
    const plan = readAgain(observer.takeRecords(), document.body);
    observer.disconnect();
    expect([...plan.whole]).toEqual([$('host')]);
    expect(plan.removed).toBe(true); // the old text node left
  });
});
