import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground({
  type: 'module',
  main() {
    // Wiring only (STYLE.md §1): services arrive with the knowledge base and the database.
  },
});
