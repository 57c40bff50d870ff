/** The toast's styles, inside its closed shadow root after the in-page theme (as the card's). */
import { IN_PAGE_THEME } from '../in-page/theme';

export const TOAST_STYLES = `
${IN_PAGE_THEME}
.toast {
  position: relative;
  display: flex;
  flex-direction: column;
  gap: 8px;
  width: max-content;
  min-width: 220px;
  max-width: min(360px, calc(100vw - 32px));
  padding: 10px 36px 10px 14px;
  background: var(--sl-bg);
  color: var(--sl-fg);
  border: 1px solid var(--sl-border);
  border-radius: 8px;
  box-shadow: var(--sl-shadow);
  font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", sans-serif;
  font-size: 13px;
  line-height: 1.5;
}
.toast-error { border-color: var(--sl-error); }
.toast-error .message { color: var(--sl-error); }
.message { margin: 0; }
.actions { display: flex; gap: 8px; }
.ctl {
  font: inherit;
  color: var(--sl-accent);
  background: transparent;
  border: 1px solid var(--sl-border);
  border-radius: 6px;
  padding: 2px 10px;
  cursor: pointer;
}
.ctl.primary { background: var(--sl-accent); color: var(--sl-accent-fg); border-color: var(--sl-accent); }
.ctl:focus-visible { outline: 2px solid var(--sl-accent); outline-offset: 2px; }
.close {
  position: absolute;
  top: 6px;
  right: 6px;
  border: 0;
  padding: 0 6px;
  font-size: 16px;
  color: var(--sl-fg);
}
.note { display: flex; flex-direction: column; gap: 8px; margin: 0; }
.note-label { display: flex; flex-direction: column; gap: 4px; }
textarea {
  font: inherit;
  color: var(--sl-fg);
  background: var(--sl-bg);
  border: 1px solid var(--sl-border);
  border-radius: 6px;
  padding: 4px 6px;
  width: 300px;
  max-width: 100%;
  resize: vertical;
}
textarea:focus-visible { outline: 2px solid var(--sl-accent); }
`;
