import { buildAgencyModel } from './agency-model';
import { buildItemModel } from './item-model';
import { buildStandardModel } from './standard-model';
import { buildTopicModel } from './topic-model';
import type { CardKnowledge, CardLang, CardModel, CardRef, MentionRef } from './types';

/** The card for a mention; undefined when its id is not in the knowledge base. */
export function buildCardModel(kb: CardKnowledge, ref: MentionRef, lang: CardLang): CardModel | undefined {
  const model = modelFor(kb, ref, lang);
  // 双碳 on a page that wrote 碳达峰碳中和（以下简称“双碳”）: the card says what the short form stands for.
  if (model && model.kind !== 'item' && ref.shortForm && ref.surface) {
    model.shortForm = { surface: ref.surface, of: model.title };
  }
  return model;
}

function modelFor(kb: CardKnowledge, ref: MentionRef, lang: CardLang): CardModel | undefined {
  const ids = ref.ids?.length ? [ref.id, ...ref.ids.filter((id) => id !== ref.id)] : [ref.id];
  switch (ref.kind) {
    case 'topic':
      return buildTopicModel(kb, ids, lang, ref.surface);
    case 'agency':
      return buildAgencyModel(kb, ref.id, lang, ids);
    case 'standard':
      return buildStandardModel(kb, ref, lang);
    default:
      return undefined;
  }
}

/** Any card the view can navigate to (the background answers the card host's `resolve` with this). */
export function buildCard(kb: CardKnowledge, ref: CardRef, lang: CardLang): CardModel | undefined {
  return ref.kind === 'item' ? buildItemModel(kb, ref.no, lang) : buildCardModel(kb, ref, lang);
}
