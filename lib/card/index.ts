/** The card model (pure; built in the background, rendered by components/card). */
export { buildCard, buildCardModel } from './build-card';
export { buildItemModel } from './item-model';
export { buildAgencyModel } from './agency-model';
export { buildTopicModel } from './topic-model';
export { buildStandardModel } from './standard-model';
export { standardSearchUrl, STANDARD_SEARCH_URL } from './search-url';
export { cardStrings, categoryLabel, type CardStrings } from './strings';
export type * from './types';
