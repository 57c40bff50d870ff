import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_SITE_MATCHES } from '../lib/sites/default-sites';

export default defineContentScript({
  matches: [...DEFAULT_SITE_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.standardsLens = 'ready';
  },
});
