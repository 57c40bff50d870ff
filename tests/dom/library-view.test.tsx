import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { makeClips } from '../../bench/clips-make';
import { LibraryView, type LibraryViewProps } from '../../components/clips/LibraryView';
import { libraryStrings } from '../../components/clips/library-strings';
import { countByItem, NO_FILTER } from '../../lib/clips/library/filters';
import type { LibraryKnowledge } from '../../lib/clips/library/knowledge';
import en from '../../public/_locales/en/messages.json';

const messages = en as Record<string, { message: string }>;
const strings = libraryStrings((key) => messages[key]!.message.replace(/\$P(\d)\$/g, '$$$1'));

const knowledge: LibraryKnowledge = {
  planTitle: 'plan',
  items: [
    { no: 1, label: '(一)', title: '强化关键技术领域标准攻关', en: 'Key technologies' },
    { no: 9, label: '(九)', title: '绿色低碳', en: 'Green and low-carbon' },
    { no: 35, label: '(三十五)', title: '宣传', en: 'Publicity' },
  ],
  topics: [
    {
      id: 'carbon-footprint',
      hans: '碳足迹',
      hant: '碳足跡',
      en: 'carbon footprint',
      aliases: [],
      items: [9],
    },
  ],
  agencies: [
    {
      id: 'miit',
      hans: '工业和信息化部',
      hant: '工業和信息化部',
      en: 'MIIT',
      aliases: [],
      lead: [1],
      partner: [],
    },
  ],
};

function setup(overrides: Partial<LibraryViewProps> = {}) {
  const clips = makeClips(20).map((c, i) => ({
    ...c,
    mentions: [
      { kind: 'topic' as const, id: 'carbon-footprint', items: i % 2 ? [9] : [1], start: 0, end: 1 },
      { kind: 'agency' as const, id: 'miit', items: [], start: 0, end: 1 },
    ],
  }));
  const props: LibraryViewProps = {
    title: 'Clip library',
    strings,
    lang: 'en',
    knowledge,
    clips,
    shown: clips,
    counts: countByItem(clips),
    loading: false,
    query: '',
    onQuery: vi.fn(),
    filter: NO_FILTER,
    onFilter: vi.fn(),
    selected: new Set(),
    onSelect: vi.fn(),
    onEdit: vi.fn(),
    onDelete: vi.fn(),
    onBulkTag: vi.fn(),
    onUndo: vi.fn(),
    ...overrides,
  };
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<LibraryView {...props} />, root);
  return { root, props, clips };
}

describe('LibraryView', () => {
  it('one article per clip shown, with its status; the first search input is the search box', async () => {
    const three = makeClips(3);
    const { root, props } = setup({ clips: three, shown: three, queryDelayMs: 5 });
    const articles = root.querySelectorAll('article[data-clip-id][data-clip-status]');
    expect(articles.length).toBe(3);
    expect(articles[0]!.getAttribute('data-clip-status')).toBe(three[0]!.status);
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(search.id).toBe('library-search');
    search.value = '碳足迹';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    search.value = '碳足迹 核算';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    // Debounced: nothing per key, one call after the pause.
    expect(props.onQuery).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 30));
    expect(props.onQuery).toHaveBeenCalledTimes(1);
    expect(props.onQuery).toHaveBeenCalledWith('碳足迹 核算');
  });

  it('is windowed: 5,000 clips render as a few dozen articles', () => {
    const many = makeClips(5_000);
    const { root } = setup({ clips: many, shown: many, counts: countByItem(many) });
    const n = root.querySelectorAll('article').length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(100);
  });

  it('chips and the item grid filter; untouched items are marked', () => {
    const { root, props } = setup();
    const chip = root.querySelector<HTMLButtonElement>('article .chip-agency')!;
    expect(chip.textContent).toBe('MIIT');
    chip.click();
    expect(props.onFilter).toHaveBeenLastCalledWith({ ...NO_FILTER, agency: ['miit'] });
    const cell35 = root.querySelector<HTMLButtonElement>('[data-library-item="35"]')!;
    expect(cell35.hasAttribute('data-untouched')).toBe(true);
    const cell9 = root.querySelector<HTMLButtonElement>('[data-library-item="9"]')!;
    expect(cell9.dataset.count).toBe('10');
    cell9.click();
    expect(props.onFilter).toHaveBeenLastCalledWith({ ...NO_FILTER, item: [9] });
  });

  it('a changed clip shows the original and the current text with the difference marked', () => {
    const clip = {
      ...makeClips(1)[0]!,
      status: 'changed' as const,
      quote: '比率达到50%以上',
      current: '比率达到60%以上',
    };
    const { root } = setup({ clips: [clip], shown: [clip] });
    expect(root.querySelector('.clip-diff del')?.textContent).toBe('5');
    expect(root.querySelector('.clip-diff ins')?.textContent).toBe('6');
    expect(root.querySelector('.status')?.textContent).toBe('Text changed');
  });

  it('edits note and tags in place, deletes, and offers Undo', () => {
    const { root, props, clips } = setup({ undoCount: 2 });
    const note = root.querySelector<HTMLTextAreaElement>('article textarea')!;
    note.value = 'quarterly report';
    note.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.onEdit).toHaveBeenCalledWith(clips[0]!.id, { note: 'quarterly report' });
    const tags = root.querySelector<HTMLInputElement>('article input[type=text]')!;
    tags.value = 'a, b，c';
    tags.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.onEdit).toHaveBeenCalledWith(clips[0]!.id, { tags: ['a', ' b', 'c'] });
    root.querySelector<HTMLButtonElement>('article button.delete')!.click();
    expect(props.onDelete).toHaveBeenCalledWith([clips[0]!.id]);
    expect(root.querySelector('.undo')?.textContent).toContain('2 clips deleted.');
    root.querySelector<HTMLButtonElement>('.undo button')!.click();
    expect(props.onUndo).toHaveBeenCalled();
  });

  it('shows the IndexedDB banner and the persistence warning', () => {
    const { root } = setup({ noDatabase: true, persisted: false });
    expect(root.querySelector('[role=alert]')?.textContent).toContain('IndexedDB is unavailable');
    expect(root.textContent).toContain('Persistent storage not granted');
  });
});
