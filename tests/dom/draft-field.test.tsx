/** DraftField: typing survives re-renders with the same stored value; a new stored value replaces it. */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { DraftField } from '../../components/clips/DraftField';

describe('DraftField', () => {
  it('keeps what was typed across re-renders, commits on change, and takes a new stored value', () => {
    const root = document.createElement('div');
    const onCommit = vi.fn();
    render(<DraftField multiline value="旧备注" onCommit={onCommit} />, root);
    const field = root.querySelector('textarea')!;
    field.value = '旧备注，新的字';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    // The list re-renders (search results arrive) with the same stored note: the typing stays.
    render(<DraftField multiline value="旧备注" onCommit={onCommit} />, root);
    expect(root.querySelector('textarea')!.value).toBe('旧备注，新的字');
    field.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onCommit).toHaveBeenCalledWith('旧备注，新的字');
    // Saved elsewhere (another window, an import): the field shows the stored value.
    render(<DraftField multiline value="别处保存的备注" onCommit={onCommit} />, root);
    expect(root.querySelector('textarea')!.value).toBe('别处保存的备注');
  });
});
