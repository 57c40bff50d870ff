/**
 * Cards for the content script's hover card and its navigation, built in the background from the
 * knowledge base (lib/card) so the content script ships no plan.
 */
import { buildCard } from '../card/build-card';
import type {
  AgencyCardModel,
  CardKnowledge,
  CardLang,
  CardModel,
  CardRef,
  ItemCardModel,
} from '../card/types';

export type BuildCard = (kb: CardKnowledge, ref: CardRef, lang: CardLang) => CardModel | undefined;

export interface CardService {
  /** A mention's card, or a plan item's (`{ kind: 'item', no }`); null when the id is unknown. */
  getCard(ref: CardRef, lang: CardLang): Promise<CardModel | null>;
  getItem(no: number, lang: CardLang): Promise<ItemCardModel | null>;
  getAgency(id: string, lang: CardLang): Promise<AgencyCardModel | null>;
}

export function createCardService(
  kbProvider: () => Promise<CardKnowledge>,
  build: BuildCard = buildCard,
): CardService {
  const card = async (ref: CardRef, lang: CardLang) => build(await kbProvider(), ref, lang) ?? null;
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
