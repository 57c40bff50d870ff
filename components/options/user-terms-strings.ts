/**
 * The words of the options page's "Your own terms" section (public/_locales: `userTerms…` keys).
 */
export interface UserTermsStrings {
  title: string;
  intro: string;
  empty: string;
  term: string;
  aliases: string;
  aliasesHint: string;
  items: string;
  filter: string;
  noMatch: string;
  add: string;
  remove: string;
  also: string;
  noItems: string;
  /** `Remove 虚拟电厂`: a remove button's accessible name. */
  removeTerm: (term: string) => string;
  /** `2 selected` */
  selected: (count: number) => string;
  added: (term: string) => string;
  removed: (term: string) => string;
}

export function userTermsStrings(get: (key: string, subs?: string[]) => string): UserTermsStrings {
  return {
    title: get('userTermsTitle'),
    intro: get('userTermsIntro'),
    empty: get('userTermsEmpty'),
    term: get('userTermsTerm'),
    aliases: get('userTermsAliases'),
    aliasesHint: get('userTermsAliasesHint'),
    items: get('userTermsItems'),
    filter: get('userTermsFilter'),
    noMatch: get('userTermsNoMatch'),
    add: get('userTermsAdd'),
    remove: get('userTermsRemove'),
    also: get('userTermsAlso'),
    noItems: get('userTermsNoItems'),
    removeTerm: (term) => get('userTermsRemoveTerm', [term]),
    selected: (count) => get('userTermsSelected', [String(count)]),
    added: (term) => get('userTermsAdded', [term]),
    removed: (term) => get('userTermsRemoved', [term]),
  };
}
