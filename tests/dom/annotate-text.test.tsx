import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnnotateStrings } from '../../components/popup/annotate-strings';
import type { AnnotateAnswer } from '../../components/popup/AnnotateResults';
import { AnnotateText, type AnnotateTextProps } from '../../components/popup/AnnotateText';
import { annotateText, MAX_ANNOTATE_CHARS } from '../../lib/annotate/annotate-text';
import { mentionLabels } from '../../lib/annotate/mention-labels';
import { buildCard } from '../../lib/card/build-card';
import { cardStrings } from '../../lib/card/strings';
import type { CardRef } from '../../lib/card/types';
import { err, ok } from '../../lib/messages/result';
import { seedAgencies, seedStandardCodes, seedTopics } from '../../lib/kb/bundled-seeds';
import { createKnowledgeBase } from '../../lib/kb/knowledge-base';
import { XSS } from './card-fixtures';

const strings: AnnotateStrings = {
  toggle: 'Annotate text',
  intro: 'For text the extension cannot run on.',
  label: 'Text to annotate',
  placeholder: 'Paste text here…',
  submit: 'Annotate',
  shortcut: 'or Ctrl+Enter',
  chars: (n, max) => `${n} / ${max}`,
  empty: 'Paste some text first.',
  tooLong: (n, max) => `Too long: ${n} > ${max}`,
  working: 'Annotating…',
  failed: (m) => `Failed: ${m}`,
  found: (m, t) => `${m} mentions of ${t} terms`,
  none: 'Nothing found.',
  truncated: (n) => `First ${n} only.`,
  results: 'Results',
  kinds: { topic: 'Topics', agency: 'Agencies', standard: 'Codes' },
  kindsLabel: 'By kind',
  terms: 'Terms',
  kind: { topic: 'Topic', agency: 'Agency', standard: 'Code' },
  times: (n) => `${n}×`,
  writtenAs: 'Written as: ',
  items: 'Plan items',
  alsoItems: 'Also: ',
  markedText: 'Marked text',
  cardLoading: 'Loading…',
  cardMissing: 'Nothing known.',
  cardFailed: (m) => `Could not load: ${m}`,
};

// Under happy-dom `URL` is the DOM's, which scripts/lib/bundled-kb.ts cannot read files with.
const seeds = { agencies: seedAgencies, topics: seedTopics, standardCodes: seedStandardCodes };
const planText = readFileSync(join(process.cwd(), 'seeds/plan.zh-Hans.txt'), 'utf8');
const kb = { ...createKnowledgeBase({ planText, ...seeds }), ...seeds };
/** What the background answers (lib/annotate), without the messaging in between. */
const answerFor = (text: string): AnnotateAnswer => {
  const annotated = annotateText(text, kb.matcher);
  return { ...annotated, ...mentionLabels(annotated.mentions, kb) };
};

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(props: Partial<AnnotateTextProps> = {}) {
  root = document.body.appendChild(document.createElement('div'));
  const annotate = vi.fn(async (text: string) => ok(answerFor(text)));
  const getCard = vi.fn(async (ref: CardRef) => ok(buildCard(kb, ref, 'zh-Hans') ?? null));
  render(
    <AnnotateText
      strings={strings}
      lang="zh-Hans"
      cardStrings={cardStrings('zh-Hans')}
      annotate={annotate}
      getCard={getCard}
      {...props}
    />,
    root,
  );
  return { annotate: props.annotate ?? annotate, getCard: props.getCard ?? getCard };
}

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector)!;
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const area = () => $<HTMLTextAreaElement>('textarea');
const status = () => $('[role="status"]').textContent;

function type(text: string) {
  area().value = text;
  area().dispatchEvent(new Event('input', { bubbles: true }));
}
function key(target: Element, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init });
  target.dispatchEvent(event);
  return event;
}
const submit = () => $<HTMLButtonElement>('.annotate-submit').click();
const terms = () =>
  $$('.annotate-term').map((li) => ({
    kind: li.dataset.kind,
    id: li.dataset.id,
    items: li.dataset.items,
    count: Number(li.dataset.count),
  }));
/** The card's shadow root inside the open term. */
const card = () => $('.annotate-card').shadowRoot!;

const TEXT =
  '工业和信息化部（以下简称“工信部”）推进碳足迹标准。產品碳足跡核算依GB/T 24001-2016。工信部另行部署。';

describe('AnnotateText', () => {
  it('is a disclosure: closed at first, opened by its button, which hands the focus to the text box', async () => {
    mount();
    const toggle = $<HTMLButtonElement>('.annotate-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect($('.annotate-panel').hidden).toBe(true);
    toggle.click();
    await vi.waitFor(() => expect(document.activeElement).toBe(area()));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect($('.annotate-panel').hidden).toBe(false);
    expect($(`label[for="${area().id}"]`).textContent).toBe('Text to annotate');
    expect(area().placeholder).toBe('Paste text here…');
  });

  it.each([
    ['empty text', '', 'Paste some text first.'],
    ['only spaces', ' \n\t　', 'Paste some text first.'],
    [
      'too long a text',
      'x'.repeat(MAX_ANNOTATE_CHARS + 1),
      `Too long: ${MAX_ANNOTATE_CHARS + 1} > ${MAX_ANNOTATE_CHARS}`,
    ],
  ])('refuses %s with a message and sends nothing', async (_, text, message) => {
    const { annotate } = mount({ initiallyOpen: true });
    type(text);
    submit();
    await vi.waitFor(() => expect(status()).toBe(message));
    expect(annotate).not.toHaveBeenCalled();
    expect($('.annotate-results')).toBeNull();
  });

  it('lists the terms the background answered, with kind, count, spellings and items', async () => {
    const { annotate } = mount({ initiallyOpen: true });
    type(TEXT);
    submit();
    await vi.waitFor(() => expect($('.annotate-results')).not.toBeNull());
    expect(annotate).toHaveBeenCalledExactlyOnceWith(TEXT);
    const expected = answerFor(TEXT);
    expect(terms()).toEqual([
      { kind: 'agency', id: 'miit', items: expected.mentions[0]!.items.join(';'), count: 3 },
      { kind: 'topic', id: 'carbon-footprint', items: '9', count: 2 },
      { kind: 'standard', id: 'GB/T 24001-2016', items: expected.mentions[4]!.items.join(';'), count: 1 },
    ]);
    expect(status()).toBe('6 mentions of 3 terms');
    expect($$('.kinds li').map((li) => li.textContent)).toEqual(['Topics 2', 'Agencies 3', 'Codes 1']);
    const [miit, footprint] = $$('.annotate-term');
    expect(miit!.querySelector('.term-name')!.textContent).toBe('工业和信息化部');
    expect(miit!.querySelector('.term-count')!.textContent).toBe('3×');
    expect(miit!.querySelector('.term-spelled')!.textContent).toBe('Written as: 工信部');
    // The first items with their titles, the rest by label.
    const nine = kb.plan.items.find((i) => i.no === 9)!;
    expect(footprint!.querySelector('.term-items li')!.textContent).toBe(`(九) ${nine.title}`);
    expect(footprint!.querySelector('.term-spelled')!.textContent).toBe('Written as: 產品碳足跡');
    const miitItems = expected.mentions[0]!.items;
    expect(miit!.querySelectorAll('.term-items [data-item-no]')).toHaveLength(miitItems.length);
    expect(miit!.querySelector('.term-more')!.textContent).toContain('Also: ');
  });

  it('shows the text as sent with each mention marked, and nothing else', async () => {
    mount({ initiallyOpen: true });
    type(TEXT);
    submit();
    await vi.waitFor(() => expect($('.annotated-text')).not.toBeNull());
    type('something else, typed after');
    expect($('.annotated-text').textContent).toBe(TEXT);
    const { mentions } = answerFor(TEXT);
    expect($$('.annotated-text mark').map((m) => [m.dataset.kind, m.textContent])).toEqual(
      mentions.map((m) => [m.kind, m.text]),
    );
  });

  it('shows pasted markup as text: no element is made from it', async () => {
    mount({ initiallyOpen: true });
    const text = `${XSS}碳足迹<script>globalThis.__pwned=2</script><b>工信部</b>`;
    type(text);
    submit();
    await vi.waitFor(() => expect($('.annotated-text')).not.toBeNull());
    expect($('.annotated-text').textContent).toBe(text);
    expect(root.querySelector('img, script, b')).toBeNull();
    expect($$('.annotated-text mark').map((m) => m.textContent)).toEqual(['碳足迹', '工信部']);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('annotates on Ctrl+Enter and ⌘+Enter in the text box; a plain Enter is a new line', async () => {
    const { annotate } = mount({ initiallyOpen: true });
    type('碳足迹');
    expect(key(area(), { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(annotate).not.toHaveBeenCalled();
    expect(key(area(), { key: 'Enter', ctrlKey: true }).defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(annotate).toHaveBeenCalledTimes(1));
    key(area(), { key: 'Enter', metaKey: true });
    await vi.waitFor(() => expect(annotate).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(terms()).toHaveLength(1));
  });

  it("opens a term's card in place — the item label and the plan sentence — and Escape closes it", async () => {
    const { getCard } = mount({ initiallyOpen: true });
    type(TEXT);
    submit();
    await vi.waitFor(() => expect(terms()).toHaveLength(3));
    const button = $$('.term-row')[1]!;
    button.click();
    await vi.waitFor(() => expect(card().querySelector('section.card')).not.toBeNull());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe($('.annotate-card').id);
    expect(getCard).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'topic', id: 'carbon-footprint', surface: '碳足迹' }),
    );
    const section = card().querySelector('section.card')!;
    expect(section.getAttribute('aria-label')).toBe('碳足迹');
    expect(section.querySelector('.item .label')!.textContent).toBe('(九)');
    const sentences = [...section.querySelectorAll('.sentence')].map((s) => s.textContent!);
    expect(sentences.some((s) => s.includes('碳足迹'))).toBe(true);
    // The card's own styles, inside its shadow root only.
    expect(card().querySelector('style')!.textContent).toContain('.card');
    expect(document.head.querySelector('style')).toBeNull();

    // Escape from inside the card closes it and returns to the term; the popup itself stays.
    const escape = key(section.querySelector('button.item')!, { key: 'Escape' });
    expect(escape.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect($('.annotate-card')).toBeNull());
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    // With no card open, Escape is left to the popup.
    expect(key(button, { key: 'Escape' }).defaultPrevented).toBe(false);
  });

  it('asks for a standard with the text around it, and navigates inside the card with Back', async () => {
    const { getCard } = mount({ initiallyOpen: true });
    type(TEXT);
    submit();
    await vi.waitFor(() => expect(terms()).toHaveLength(3));
    $$('.term-row')[2]!.click();
    await vi.waitFor(() => expect(card().querySelector('section.card')).not.toBeNull());
    const ref = vi.mocked(getCard).mock.calls[0]![0] as {
      around?: { text: string; start: number; end: number };
    };
    expect(ref).toMatchObject({ kind: 'standard', id: 'GB/T 24001-2016', family: 'gb-t' });
    expect(ref.around!.text.slice(ref.around!.start, ref.around!.end)).toBe('GB/T 24001-2016');

    card().querySelector<HTMLButtonElement>('button.item')!.click();
    await vi.waitFor(() => expect(card().querySelector('section.card-item')).not.toBeNull());
    await vi.waitFor(() => expect(card().activeElement).toBe(card().querySelector('section.card-item')));
    card().querySelector<HTMLButtonElement>('button.back')!.click();
    await vi.waitFor(() => expect(card().querySelector('section.card-standard')).not.toBeNull());
    expect(card().querySelector('button.back')).toBeNull();
  });

  it('says so when the background fails, when a card is unknown, and when nothing is found', async () => {
    const failing = mount({
      initiallyOpen: true,
      annotate: vi.fn(async () => err('unavailable', 'no background')),
    });
    type('碳足迹');
    submit();
    await vi.waitFor(() => expect(status()).toBe('Failed: no background'));
    expect(failing.annotate).toHaveBeenCalledTimes(1);
    render(null, root);
    root.remove();

    mount({ initiallyOpen: true, getCard: vi.fn(async () => ok(null)) });
    type('碳足迹');
    submit();
    await vi.waitFor(() => expect(terms()).toHaveLength(1));
    $('.term-row').click();
    await vi.waitFor(() => expect(card().textContent).toContain('Nothing known.'));
    render(null, root);
    root.remove();

    mount({ initiallyOpen: true });
    type('今天天气很好。');
    submit();
    await vi.waitFor(() => expect(status()).toBe('Nothing found.'));
    expect($('.annotated-text').textContent).toBe('今天天气很好。');
  });

  it('shows only the latest answer when asked twice', async () => {
    let release: (() => void) | undefined;
    const annotate = vi.fn(async (text: string) => {
      if (text === 'slow 碳足迹') await new Promise<void>((r) => (release = r));
      return ok(answerFor(text));
    });
    mount({ initiallyOpen: true, annotate });
    type('slow 碳足迹');
    submit();
    await vi.waitFor(() => expect(release).toBeDefined());
    type('工信部');
    submit();
    await vi.waitFor(() => expect(terms().map((t) => t.id)).toEqual(['miit']));
    release!();
    await new Promise((r) => setTimeout(r, 0));
    await vi.waitFor(() => expect(annotate).toHaveBeenCalledTimes(2));
    expect(terms().map((t) => t.id)).toEqual(['miit']);
  });

  it('says when only the first mentions were answered', async () => {
    const annotated = annotateText('碳足迹、碳足迹、碳足迹', kb.matcher, 2);
    mount({
      initiallyOpen: true,
      annotate: async () => ok({ ...annotated, ...mentionLabels(annotated.mentions, kb) }),
    });
    type('碳足迹、碳足迹、碳足迹');
    submit();
    await vi.waitFor(() => expect(status()).toBe('2 mentions of 1 terms First 2 only.'));
  });
});
