/**
 * lib/dom/page-scheme.ts: the card takes the page's scheme — from the background the reader sees at the
 * mention (translucent layers composited, shadow hosts crossed) over the canvas, whose colour follows
 * the page's `color-scheme` and, when the page offers both, the system's preference.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageScheme, parseColor } from '../../lib/dom/page-scheme';

afterEach(() => {
  document.documentElement.removeAttribute('style');
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  vi.restoreAllMocks();
});

function prefersDark(dark: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (q: string) => ({ matches: dark && q.includes('dark'), media: q }) as MediaQueryList,
  );
}

function mention(html: string): Element {
  document.body.innerHTML = html;
  return document.getElementById('m')!;
}

describe('parseColor', () => {
  it.each([
    ['rgb(255, 255, 255)', [255, 255, 255, 1]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgba(10, 20, 30, 0.5)', [10, 20, 30, 0.5]],
    ['transparent', [0, 0, 0, 0]],
    ['#1e2228', [30, 34, 40, 1]],
    ['#fff8', [255, 255, 255, 136 / 255]],
    ['color(srgb 1 0.5 0 / 0.25)', [255, 127.5, 0, 0.25]],
    ['oklch(0.2 0.05 250)', [51, 51, 51, 1]],
    ['lab(90% 0 0)', [229.5, 229.5, 229.5, 1]],
  ])('%s', (css, rgba) => {
    expect(parseColor(css)).toEqual(rgba);
  });

  it('leaves notations it does not read', () => {
    expect(parseColor('currentcolor')).toBeUndefined();
  });
});

describe('pageScheme', () => {
  it('a plain page is light, whatever the system prefers', () => {
    prefersDark(true);
    expect(pageScheme(mention('<p id="m">碳足迹</p>'), window)).toBe('light');
  });

  it('a page painted dark is dark, whatever the system prefers', () => {
    prefersDark(false);
    document.body.style.background = '#121212';
    expect(pageScheme(mention('<p id="m">碳足迹</p>'), window)).toBe('dark');
  });

  it('takes the nearest opaque background: a light box on a dark page is light, and back', () => {
    prefersDark(false);
    document.body.style.background = 'rgb(20, 20, 20)';
    expect(
      pageScheme(mention('<div style="background: rgb(250, 250, 250)"><p id="m">x</p></div>'), window),
    ).toBe('light');
    document.body.style.background = 'white';
    expect(pageScheme(mention('<aside style="background: #202124"><b id="m">x</b></aside>'), window)).toBe(
      'dark',
    );
  });

  it('composites translucent layers over what is under them', () => {
    prefersDark(false);
    document.body.style.background = 'rgb(0, 0, 0)';
    // A faint white veil over black is still dark; a nearly opaque one is light.
    expect(
      pageScheme(mention('<div style="background: rgba(255,255,255,0.1)"><p id="m">x</p></div>'), window),
    ).toBe('dark');
    expect(
      pageScheme(mention('<div style="background: rgba(255,255,255,0.9)"><p id="m">x</p></div>'), window),
    ).toBe('light');
  });

  it('the canvas of a page that opted into dark follows the system when both are offered', () => {
    document.head.innerHTML = '<meta name="color-scheme" content="light dark">';
    prefersDark(true);
    expect(pageScheme(mention('<p id="m">x</p>'), window)).toBe('dark');
    prefersDark(false);
    expect(pageScheme(mention('<p id="m">x</p>'), window)).toBe('light');
    document.head.innerHTML = '<meta name="color-scheme" content="dark">';
    expect(pageScheme(mention('<p id="m">x</p>'), window)).toBe('dark');
  });

  it('looks out of a shadow root to its host', () => {
    prefersDark(false);
    document.body.innerHTML = '<div id="host" style="background: #111"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>碳足迹</p>';
    expect(pageScheme(root.querySelector('p'), window)).toBe('dark');
  });

  it('on a picture with no colour of its own, light text means a dark picture', () => {
    prefersDark(false);
    const m = mention(
      '<div style="background-image: url(x.png); color: rgb(240, 240, 240)"><p id="m">x</p></div>',
    );
    expect(pageScheme(m, window)).toBe('dark');
  });
});
