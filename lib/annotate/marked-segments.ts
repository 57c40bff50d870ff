/**
 * A text cut into the runs a view renders: plain runs and runs that are a mention (`<mark>`), as
 * offsets — the view makes text nodes from `text.slice(start, end)`, never HTML. The runs cover the
 * text exactly, in order, whatever the mentions: one out of order, overlapping an earlier one, empty
 * or past the end is left unmarked rather than breaking the text. One pass, linear in text and
 * mentions.
 */

export interface Segment {
  start: number;
  end: number;
  /** Index of the mention this run is; absent for plain text. */
  mention?: number;
}

export function markedSegments(text: string, mentions: readonly { start: number; end: number }[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  mentions.forEach((m, i) => {
    if (!(Number.isInteger(m.start) && Number.isInteger(m.end))) return;
    if (m.start < at || m.end <= m.start || m.end > text.length) return;
    if (m.start > at) out.push({ start: at, end: m.start });
    out.push({ start: m.start, end: m.end, mention: i });
    at = m.end;
  });
  if (at < text.length) out.push({ start: at, end: text.length });
  return out;
}
