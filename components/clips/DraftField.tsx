/**
 * A note or tags field edited in place: what the reader types is kept in the field's own state, so a
 * re-render of the list (search results arriving, another clip saved) never puts the stored value back
 * over unsaved typing; leaving the field (`change`) commits it. A new stored value replaces the draft.
 */
import { useState } from 'preact/hooks';

export function DraftField({
  value,
  multiline,
  onCommit,
}: {
  value: string;
  multiline?: boolean;
  onCommit: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  if (stored !== value) {
    setStored(value);
    setDraft(value);
  }
  const props = {
    value: draft,
    onInput: (e: { currentTarget: { value: string } }) => setDraft(e.currentTarget.value),
    onChange: (e: { currentTarget: { value: string } }) => onCommit(e.currentTarget.value),
  };
  return multiline ? <textarea rows={1} {...props} /> : <input type="text" {...props} />;
}
