/**
 * The colours of the extension's in-page UI (the hover card, the clip toast), for the top of each
 * closed shadow root's stylesheet. `:host { all: initial }` stops inherited page styles (fonts,
 * colours, line height, text-align …) at the border; selectors inside a shadow root never match page
 * elements, and page selectors never match ours.
 *
 * Light or dark: by default `prefers-color-scheme`; a UI that knows the page's own scheme puts
 * `.sl-light` or `.sl-dark` on its root element inside the shadow tree, which wins — a dark card on a
 * light page (the OS in dark mode, the page white) is hard to read (issue 10). The class lives inside
 * the closed shadow root, so the page sees nothing of it.
 */
const LIGHT = `
  color-scheme: light;
  --sl-bg: #ffffff;
  --sl-fg: #1f2328;
  --sl-muted: #59636e;
  --sl-border: #d1d9e0;
  --sl-accent: #0b57d0;
  --sl-accent-bg: #e8f0fe;
  --sl-accent-fg: #ffffff;
  --sl-error: #b3261e;
  --sl-mark: #fff0a8;
  --sl-mark-fg: #1f2328;
  --sl-quote: #f6f8fa;
  --sl-shadow: 0 8px 24px rgba(0, 0, 0, 0.18);`;

const DARK = `
  color-scheme: dark;
  --sl-bg: #1e2228;
  --sl-fg: #e6e8eb;
  --sl-muted: #9aa4ae;
  --sl-border: #3d444d;
  --sl-accent: #8ab4f8;
  --sl-accent-bg: #263449;
  --sl-accent-fg: #10141a;
  --sl-error: #f2b8b5;
  --sl-mark: #6b5a00;
  --sl-mark-fg: #fff8d6;
  --sl-quote: #262b32;
  --sl-shadow: 0 8px 24px rgba(0, 0, 0, 0.5);`;

export const IN_PAGE_THEME = `
:host {
  all: initial;${LIGHT}
}
@media (prefers-color-scheme: dark) {
  :host {${DARK}
  }
}
.sl-light {${LIGHT}
}
.sl-dark {${DARK}
}
*, *::before, *::after { box-sizing: border-box; }
`;
