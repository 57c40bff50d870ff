/**
 * A page-side harness for the accessibility audit: the real Card view and its real styles, rendered in
 * an OPEN shadow root (the extension uses a closed one, which no audit tool can enter) for each card
 * kind, light or dark. Bundled with esbuild by tests/e2e/a11y.test.ts.
 */
import { h, render } from 'preact';
import { Card } from '../../components/card/Card';
import { CARD_STYLES } from '../../components/card/card-styles';
import { cardStrings } from '../../lib/card/strings';
import type { CardLang, CardModel, TopicCardModel } from '../../lib/card/types';
import { AGENCY, ITEM, STANDARD, TOPIC, TOPIC_EN_NO_LEAD } from '../dom/card-fixtures';

/** "My agency" (issue 12) on the card of short chips: the entry's mark and MIIT's starred chip. */
const MINE: TopicCardModel = structuredClone(TOPIC_EN_NO_LEAD);
for (const entry of MINE.topics[0]!.items) {
  entry.item.mine = true;
  for (const group of entry.groups) {
    for (const a of group.duty?.partners ?? []) if (a.id === 'miit') a.mine = true;
  }
}

const CARDS: [CardModel, CardLang][] = [
  [TOPIC, 'zh-Hans'],
  [AGENCY, 'zh-Hans'],
  [ITEM, 'zh-Hans'],
  [STANDARD, 'zh-Hans'],
  // Short-name chips with their tooltips, the short-form note and the captioned Chinese original.
  [TOPIC_EN_NO_LEAD, 'en'],
  [MINE, 'en'],
  [{ ...AGENCY, mine: true }, 'zh-Hans'],
];

for (const [model, lang] of CARDS) {
  const host = document.createElement('div');
  host.className = 'card-under-test';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CARD_STYLES;
  shadow.append(style);
  const mount = document.createElement('div');
  shadow.append(mount);
  document.body.append(host);
  const noop = () => {};
  render(
    h(Card, {
      model,
      lang,
      strings: cardStrings(lang),
      pinned: false,
      onPin: noop,
      onClose: noop,
      onNavigate: noop,
      onBack: noop,
      canGoBack: true,
      onOpenPlan: noop, // its "open in plan browser" buttons are audited too
    }),
    mount,
  );
}
