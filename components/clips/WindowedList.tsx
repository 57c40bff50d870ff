import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface WindowedListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ComponentChildren;
  /** Height assumed for a row not measured yet. */
  estimate?: number;
  /** Pixels rendered beyond the viewport on each side. */
  overscan?: number;
  /** The window the list scrolls in (a parameter for tests). */
  win?: Window;
}

/**
 * A list that renders only the rows near the viewport (issue 11: 10,000 clips stay smooth). Rows have
 * their own heights (a long quote, a diff, an open note): each rendered row is measured and
 * remembered; rows not yet seen count as `estimate`. The page itself scrolls, so the list follows the
 * window's scroll and resize, once per frame.
 */
export function WindowedList<T>({
  items,
  keyOf,
  render,
  estimate = 220,
  overscan = 800,
  win = window,
}: WindowedListProps<T>) {
  const heights = useRef(new Map<string, number>());
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: win.innerHeight || 800 });
  const [, setMeasured] = useState(0);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const rect = box.current?.getBoundingClientRect();
      if (rect) setView({ top: -rect.top, height: win.innerHeight || 800 });
    };
    const schedule = () => (frame ||= win.requestAnimationFrame(update));
    win.addEventListener('scroll', schedule, { passive: true });
    win.addEventListener('resize', schedule);
    update();
    return () => {
      win.removeEventListener('scroll', schedule);
      win.removeEventListener('resize', schedule);
      if (frame) win.cancelAnimationFrame(frame);
    };
  }, [win]);

  let y = 0;
  let start = items.length;
  let end = items.length;
  let padTop = 0;
  for (let i = 0; i < items.length; i++) {
    const h = heights.current.get(keyOf(items[i]!)) ?? estimate;
    if (start === items.length && y + h >= view.top - overscan) {
      start = i;
      padTop = y;
    }
    if (end === items.length && y > view.top + view.height + overscan) end = i;
    y += h;
  }
  const total = y;
  const shown = items.slice(start, Math.max(start, end));

  useLayoutEffect(() => {
    let changed = false;
    for (const el of box.current?.querySelectorAll<HTMLElement>(':scope > div > [data-row]') ?? []) {
      const key = el.dataset.row!;
      const h = el.offsetHeight;
      if (h > 0 && heights.current.get(key) !== h) {
        heights.current.set(key, h);
        changed = true;
      }
    }
    if (changed) setMeasured((n) => n + 1);
  });

  return (
    <div ref={box} class="windowed" style={{ position: 'relative', height: `${total}px` }}>
      <div style={{ transform: `translateY(${padTop}px)` }}>
        {shown.map((item) => (
          <div key={keyOf(item)} data-row={keyOf(item)}>
            {render(item)}
          </div>
        ))}
      </div>
    </div>
  );
}
