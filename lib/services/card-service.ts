/**
 * Cards for the content script's hover card and its navigation, built in the background from the
 * knowledge base (lib/card) so the content script ships no plan.
 */
import { buildCard } from '../card/build-card';
import { markMine } from '../card/mark-mine';
import type {
  AgencyCardModel,
  CardKnowledge,
  CardLang,
  CardModel,
  CardRef,
  ItemCardModel,
} from '../card/types';
import type { Matcher } from '../match/matcher';

export type BuildCard = (kb: CardKnowledge, ref: CardRef, lang: CardLang) => CardModel | undefined;

export interface CardService {
  /** A mention's card, or a plan item's (`{ kind: 'item', no }`); null when the id is unknown. */
  getCard(ref: CardRef, lang: CardLang): Promise<CardModel | null>;
  getItem(no: number, lang: CardLang): Promise<ItemCardModel | null>;
  getAgency(id: string, lang: CardLang): Promise<AgencyCardModel | null>;
}

/** A standard's card reads its title with the matcher; other cards never load it. */
const scansText = (ref: CardRef) => ref.kind === 'standard' && !!ref.around;

/**
 * `myAgencies`: the reader's agencies (settings, "my agency"), read for each card so a change in the
 * options shows in the next card; their items and names are marked (lib/card/mark-mine).
 */
export function createCardService(
  kbProvider: () => Promise<CardKnowledge>,
  build: BuildCard = buildCard,
  matcherProvider?: () => Promise<Matcher>,
  myAgencies: () => Promise<readonly string[]> = () => Promise.resolve([]),
): CardService {
  let withMatcher: { kb: CardKnowledge; value: Promise<CardKnowledge> } | undefined;
  const knowledgeFor = async (ref: CardRef): Promise<CardKnowledge> => {
    const kb = await kbProvider();
    if (kb.matcher || !matcherProvider || !scansText(ref)) return kb;
    // One knowledge object with the matcher per knowledge object (the card context indexes it once);
    // a new one comes when the reader's own terms change.
    if (withMatcher?.kb !== kb) {
      const value = matcherProvider().then((matcher) => ({ ...kb, matcher }));
      const made = { kb, value };
      withMatcher = made;
      value.catch(() => {
        if (withMatcher === made) withMatcher = undefined;
      });
    }
    return withMatcher.value;
  };
  const card = async (ref: CardRef, lang: CardLang) => {
    const [kb, mine] = await Promise.all([knowledgeFor(ref), myAgencies().catch(() => [])]);
    const model = build(kb, ref, lang);
    return model ? markMine(model, kb.plan, mine) : null;
  };
  return {
    getCard: card,
    async getItem(no, lang) {
      const model = await card({ kind: 'item', no }, lang);
      return model?.kind === 'item' ? model : null;
    },
    async getAgency(id, lang) {
      const model = await card({ kind: 'agency', id }, lang);
      return model?.kind === 'agency' ? model : null;
    },
  };
}
