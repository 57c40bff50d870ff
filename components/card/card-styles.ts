/**
 * The card's styles, injected into its closed shadow root after the in-page theme (colours, light and
 * dark, and the `all: initial` border against page styles). `--sl-max-h` is set on the host by the
 * positioner (the room left on screen).
 */
import { IN_PAGE_THEME } from '../in-page/theme';

export const CARD_STYLES = `
${IN_PAGE_THEME}
.card {
  display: flex;
  flex-direction: column;
  width: max-content;
  min-width: 240px;
  max-width: min(380px, calc(100vw - 16px));
  max-height: min(var(--sl-max-h, 70vh), 480px); /* 480: CARD_MAX_HEIGHT in card-fit.ts */
  overflow: hidden;
  background: var(--sl-bg);
  color: var(--sl-fg);
  border: 1px solid var(--sl-border);
  border-radius: 8px;
  box-shadow: var(--sl-shadow);
  font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  font-size: 13px;
  line-height: 1.55;
  text-align: start;
  overflow-wrap: anywhere;
}
.card:lang(zh-Hant) {
  font-family: system-ui, -apple-system, "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC",
    "Source Han Sans TC", sans-serif;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--sl-accent); outline-offset: 2px; }
.bar {
  display: flex;
  align-items: center;
  gap: 6px;
  padding: 6px 8px 6px 12px;
  border-bottom: 1px solid var(--sl-border);
  flex: none;
}
.title {
  flex: 1 1 auto;
  margin: 0;
  font-size: 15px;
  font-weight: 600;
  line-height: 1.3;
}
.ctls { display: flex; gap: 2px; flex: none; }
button, a { font: inherit; color: inherit; }
button {
  cursor: pointer;
  background: none;
  border: 1px solid transparent;
  border-radius: 4px;
  padding: 0 4px;
  margin: 0;
  text-align: start;
}
button:focus-visible, a:focus-visible { outline: 2px solid var(--sl-accent); outline-offset: 1px; }
/* Controls keep their one-line labels; the title takes what is left (issue 10: "‹ 返回" wrapped
   into a column of characters beside a long item title, since .card breaks anywhere). */
.ctl { color: var(--sl-muted); padding: 2px 6px; white-space: nowrap; overflow-wrap: normal; }
.back { flex: none; }
.title { min-width: 0; }
.ctl:hover { background: var(--sl-quote); color: var(--sl-fg); }
.pin[aria-pressed="true"] { color: var(--sl-accent); background: var(--sl-accent-bg); border-color: var(--sl-accent); }
.close { font-size: 16px; line-height: 1; }
.body { overflow-y: auto; padding: 8px 12px 12px; overscroll-behavior: contain; }
h3, h4 { margin: 10px 0 4px; font-size: 13px; font-weight: 600; }
p { margin: 4px 0; }
.muted, .section, .meta { color: var(--sl-muted); }
.section { font-size: 12px; margin: 0 0 4px; }
.meta { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.entry { margin: 0 0 10px; padding-top: 8px; border-top: 1px dashed var(--sl-border); }
.entry:first-of-type { border-top: none; padding-top: 0; }
.entry-head { margin: 4px 0 0; }
.link { color: var(--sl-accent); padding: 0; }
.link:hover { text-decoration: underline; }
.label { font-weight: 600; }
.sentence {
  margin: 6px 0;
  padding: 6px 8px;
  background: var(--sl-quote);
  border-inline-start: 3px solid var(--sl-border);
  border-radius: 0 4px 4px 0;
}
mark { background: var(--sl-mark); color: var(--sl-mark-fg); border-radius: 2px; padding: 0 1px; }
dl { margin: 4px 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; }
dt { color: var(--sl-muted); white-space: nowrap; }
dd { margin: 0; }
ul { margin: 0; padding: 0; list-style: none; }
.items li { margin: 2px 0; }
.agencies { display: flex; flex-wrap: wrap; gap: 4px; }
.chip {
  display: inline-block;
  padding: 0 6px;
  border: 1px solid var(--sl-border);
  border-radius: 10px;
  font-size: 12px;
}
button.chip { color: var(--sl-accent); }
button.chip:hover { background: var(--sl-accent-bg); }
.target { margin: 2px 0 6px; }
.target-label, .caption, .hint { color: var(--sl-muted); }
.original { margin: 6px 0; }
.caption { font-size: 11px; letter-spacing: 0.02em; }
.original .sentence { margin-top: 2px; }
.parties, .hint { margin: 2px 0 0; }
.hint { font-size: 12px; }
.short-form { margin: 0 0 6px; padding: 4px 8px; border-radius: 4px; background: var(--sl-accent-bg); }
.has-tip { position: relative; }
/* The full name of a short chip, on hover and on keyboard focus (its accessible name already). */
.has-tip .tip {
  display: none;
  position: absolute;
  inset-inline-start: 0;
  top: calc(100% + 3px);
  z-index: 1;
  width: max-content;
  max-width: 240px;
  padding: 2px 6px;
  border-radius: 4px;
  background: var(--sl-fg);
  color: var(--sl-bg);
  pointer-events: none;
}
.chip.short:hover + .tip, .chip.short:focus-visible + .tip { display: block; }
/* "Open in plan browser" and the reader's own agency (issue 12). */
.entry-tools { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; margin: 2px 0 4px; }
.plan-link { font-size: 12px; }
.mine-mark { background: var(--sl-accent-bg); color: var(--sl-fg); border-color: var(--sl-accent); font-weight: 600; }
button.chip.mine { font-weight: 700; border-color: var(--sl-accent); }
.vh {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.search { margin-top: 10px; }
.search a { color: var(--sl-accent); }
@media (prefers-reduced-motion: no-preference) {
  .card { animation: sl-in 80ms ease-out; }
  @keyframes sl-in { from { opacity: 0; } to { opacity: 1; } }
}
`;
