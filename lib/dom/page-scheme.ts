/**
 * Is the page dark or light where a mention is? The card takes the page's scheme rather than only the
 * system's `prefers-color-scheme` (issue 10: a dark card on a light page). Decided from what the reader
 * sees: the background colours at and above the element (its ancestors, out through shadow hosts and
 * composited when translucent) over the canvas — and the canvas is dark only when the page opted into
 * dark (`color-scheme` on the root or `<meta name="color-scheme">`), with the system preferring dark
 * when the page offers both. A background picture with no colour of its own says nothing about
 * itself: then light text on it means a dark picture.
 */
export type Scheme = 'light' | 'dark';

type Rgba = [number, number, number, number];

/** A computed colour as sRGB 0–255 and alpha; `undefined` when its notation is not one read here. */
export function parseColor(css: string): Rgba | undefined {
  const s = css.trim().toLowerCase();
  if (s === 'transparent') return [0, 0, 0, 0];
  if (s === 'white') return [255, 255, 255, 1];
  if (s === 'black') return [0, 0, 0, 1];
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/.exec(s)?.[1];
  if (hex) {
    const short = hex.length <= 4;
    const parts = (short ? hex.split('').map((c) => c + c) : hex.match(/../g)!).map((h) => parseInt(h, 16));
    return [parts[0]!, parts[1]!, parts[2]!, parts.length > 3 ? parts[3]! / 255 : 1];
  }
  const nums = (s.match(/-?[\d.]+(e-?\d+)?%?/g) ?? []).map((t) =>
    t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t),
  );
  if (/^rgba?\(/.test(s) && nums.length >= 3) return [nums[0]!, nums[1]!, nums[2]!, nums[3] ?? 1];
  if (s.startsWith('color(srgb') && nums.length >= 3) {
    return [nums[0]! * 255, nums[1]! * 255, nums[2]! * 255, nums[3] ?? 1];
  }
  // Perceptual notations: only their lightness counts here (grey of the same lightness).
  const grey = (l: number, a = 1): Rgba => [l * 255, l * 255, l * 255, a];
  if (/^ok(lch|lab)\(/.test(s) && nums.length >= 1) return grey(Math.min(1, nums[0]!), nums[3] ?? 1);
  if (/^(lch|lab)\(/.test(s) && nums.length >= 1) {
    const l = nums[0]! <= 1 && s.includes('%') ? nums[0]! : nums[0]! / 100;
    return grey(Math.min(1, l), nums[3] ?? 1);
  }
  return undefined;
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Mid-grey in luminance: darker backgrounds take the dark card. */
const DARK_BELOW = 0.18;

function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + under[0] * (1 - a),
    top[1] * a + under[1] * (1 - a),
    top[2] * a + under[2] * (1 - a),
    1,
  ];
}

/** The canvas under the whole page: Chromium and Firefox paint it near-black for a dark page. */
function canvasOf(doc: Document, win: Window): Rgba {
  const root = doc.documentElement;
  let schemes = root ? win.getComputedStyle(root).colorScheme : 'normal';
  if (!schemes || schemes === 'normal') {
    schemes = doc.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') ?? 'normal';
  }
  const offered = schemes.toLowerCase().split(/\s+/);
  const dark =
    offered.includes('dark') &&
    (!offered.includes('light') || win.matchMedia?.('(prefers-color-scheme: dark)').matches === true);
  return dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return 'host' in root ? (root as ShadowRoot).host : null;
}

/** The element a node sits in: a text's parent, or the host of the shadow root it is directly in. */
function elementAt(node: Node | null): Element | null {
  if (!node) return null;
  if (node.nodeType === 1) return node as Element;
  const parent = node.parentNode;
  if (!parent) return null;
  return parent.nodeType === 1 ? (parent as Element) : ((parent as ShadowRoot).host ?? null);
}

/** The scheme of the page around `at` (the mention's text node, or an element), in window `win`. */
export function pageScheme(at: Node | null, win: Window): Scheme {
  const doc = win.document;
  const start = elementAt(at);
  const layers: Rgba[] = [];
  let picture = false;
  for (let el: Element | null = start ?? doc.body; el; el = parentOf(el)) {
    const style = win.getComputedStyle(el);
    if (style.backgroundImage && style.backgroundImage !== 'none') picture = true;
    const color = parseColor(style.backgroundColor);
    if (!color || color[3] === 0) continue;
    layers.push(color);
    if (color[3] >= 1) break;
  }
  let seen = canvasOf(doc, win);
  for (const layer of layers.reverse()) seen = over(layer, seen);
  const opaque = layers.some((l) => l[3] >= 1);
  if (picture && !opaque && start) {
    const text = parseColor(win.getComputedStyle(start).color);
    if (text) return luminance(text) > 0.5 ? 'dark' : 'light';
  }
  return luminance(seen) < DARK_BELOW ? 'dark' : 'light';
}
