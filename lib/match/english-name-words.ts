/**
 * The words and patterns of the English name rules (english-names.ts), as data that travels with the
 * serialized matcher (Matcher.en), as the Chinese rules' words do (zh-words.ts): the content script carries
 * the few lines that apply them and none of their words. Regular-expression sources, read on the text as
 * written (case counts); a matcher without them applies no name rule.
 */
export interface EnNameWords {
  /** Before a topic: a unit that names bodies (`Department of …`, `Institute for …`). `$`-anchored. */
  bodyOf: string;
  /** After a capitalized topic: a few capitalized words, then a body's or a company's head noun. Sticky. */
  bodyHead: string;
  /** A topic that is itself a body (`… Technical Committee`, `… Research Institute`). `$`-anchored. */
  ownHead: string;
  /** Before such a topic: another capitalized word or a possessive. `$`-anchored. */
  nameBefore: string;
  /** The capitalized word right before a topic (group 1), with a lower-case letter (`Zhipu`, not `EU`). */
  wordBefore: string;
  /** After a topic: where a name ends (punctuation, `and`, the sentence's verb) or goes on capitalized. */
  nameEnd: string;
  /** Head nouns of a law's or a document's title (alternatives). */
  docHead: string;
  /** Capitalized words that qualify a topic rather than name a company (`Chinese AI`, `Several TCs`). */
  qualifiers: string[];
}

export const EN_NAME_WORDS: EnNameWords = {
  bodyOf:
    '(?:\\b(?:[Dd]epartment|[Bb]ureau|[Dd]ivision)\\s+(?:of|for|on)\\s+(?:the\\s+)?|\\b(?:Office|Institute|Cent(?:er|re)|Society|Association|Federation|Academy|College|School|Laborator(?:y|ies)|Museum|Foundation|Journal|Commission|Committee|Subcommittee|Council|Administration|Agency|Authority|Taxonomy)\\s+(?:of|for|on)\\s+(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){0,3}|\\b(?:committee|subcommittee)\\s+on\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,2})$',
  bodyHead:
    '(?:,?[^\\S\\n]+(?:(?:&|and|of)[^\\S\\n]+)?[A-Z][\\w-]*){0,3}?(?:[^\\S\\n]+\\([A-Z][\\w -]*\\))?,?[^\\S\\n]+(?:Co|Company|Corp|Corporation|Inc|Ltd|Limited|Holdings|Board|Authority|Agency|Bureau|Office|Department|Administration|Commission|(?:Technical[^\\S\\n]+|Sub)?Committee|Hospital|Clinic|Institute|Association|Society|Cent(?:er|re)|Foundation|University|College|School|Academy|Laborator(?:y|ies)|Labs?|Museum|Alliance|Federation|Council|Bank|Exchange|Fund|Park|Zone|Base|[Ii]ndex|Platform|Awards?|Prizes?|Day|Week|Group)\\b',
  ownHead: '(?:Committee|Subcommittee|Institute|Institution|Cent(?:er|re)|Association|Alliance|Council)s?$',
  nameBefore: "(?:\\b[A-Z][\\w-]*|\\b(?:its|their|our|his|her)|['’]s)\\s+$",
  wordBefore: '\\b([A-Z][A-Za-z]*[a-z][A-Za-z]*)\\s+$',
  nameEnd:
    '(?:$|\\n|[,.;:!?)\'’"”]|[^\\S\\n]+(?:and|or|said|says|is|are|was|were|has|have|had|will|would|can|could|also|which|who|compete[sd]?|launch(?:ed|es)?|release[sd]?|unveil(?:ed|s)?|raise[sd]?|announce[sd]?|reported|became|becomes)\\b|[^\\S\\n]+[A-Z])',
  docHead:
    'Laws?|Regulations?|Measures|Provisions|Rules|Acts?|Guidelines?|Guides?|Codes?|Taxonomy|Plans?|Programmes?|Programs?|Opinions|Notice|Outline|Strategy|Catalog(?:ue)?|Directory|Scheme|Decision|Circular',
  qualifiers: [
    'Chinese',
    'China',
    'Generative',
    'Embodied',
    'Physical',
    'Edge',
    'Responsible',
    'Trustworthy',
    'Open',
    'Industrial',
    'Conversational',
    'Agentic',
    'Sovereign',
    'General',
    'Applied',
    'Explainable',
    'Ethical',
    'Safe',
    'Secure',
    'Global',
    'National',
    'Domestic',
    'Western',
    'American',
    'European',
    'Asian',
    'World',
    'The',
    'An',
    'A',
    'And',
    'Or',
    'Of',
    'For',
    'In',
    'On',
    'With',
    'By',
    'To',
    'About',
    'How',
    'Why',
    'What',
    'When',
    'Where',
    'New',
    'More',
    'Most',
    'Our',
    'Its',
    'Their',
    'Using',
    'Use',
    'Build',
    'Building',
    'Several',
    'Many',
    'Some',
    'These',
    'Those',
    'This',
    'That',
    'Both',
    'All',
    'Few',
    'Each',
    'Every',
    'Other',
    'Such',
    'Local',
    'Foreign',
    'Leading',
    'Major',
    'Big',
    'Small',
    'Smaller',
    'Larger',
    'Large',
    'Top',
    'Key',
    'Private',
    'State',
    'Public',
    'Advanced',
    'Future',
    'Smart',
    'Green',
    'Digital',
    'Modern',
    'Traditional',
    'Related',
    'Relevant',
    'Existing',
    'Current',
    'Further',
    'Better',
    'Stronger',
    'Promoting',
    'Developing',
    'Supporting',
    'Boosting',
    'Expanding',
    'Improving',
  ],
};
