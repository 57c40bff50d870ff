/**
 * English topics inside the name of a body or a company (issue 13, precision): an annotator reads
 *
 *   the [Certification and Accreditation] Administration     a topic, capitalized, before a body's head noun
 *   the Hong Kong [Chinese Medicine] Hospital · Dongsheng [New Materials] Co., Ltd.
 *   the Department of [Elderly Care] Services · the ministry's department of [agricultural product …]
 *   Zhipu [AI] and Moonshot [AI], Tencent [AI] Lab             an acronym closing a company's name
 *
 * as that name, not as the topic — the English side of the Chinese company-name and department rules
 * (zh-context.ts). Checked for every Latin-script topic match, after the scan; a working group's or a
 * platform's name (`Conformity Assessment Working Group`, `National Group Standards Information
 * Platform`) keep their topic, as the fixtures mark them; a law's or a document's title does not
 * (`the Data Security Law`, `the AI Act`: tests/fixtures/ANNOTATION.md).
 */

/**
 * A unit that names bodies: `Department of …`, `Institute for …`. Administrative units in lower case
 * too (`the ministry's department of …`); the others only as a name, capitalized (`a center for elderly
 * care` is a care centre, so the topic).
 */
const BODY_OF =
  /(?:\b(?:[Dd]epartment|[Bb]ureau|[Dd]ivision)|\b(?:Office|Institute|Cent(?:er|re)|Society|Association|Federation|Academy|College|School|Laborator(?:y|ies)|Museum|Foundation|Journal|Commission|Committee|Council|Administration|Agency|Authority))\s+(?:of|for|on)\s+(?:the\s+)?$/;

/**
 * After a capitalized topic: up to three more capitalized words, then the head noun of a body or a
 * company. Read sticky from the match's end.
 */
const BODY_HEAD =
  /(?:,?[^\S\n]+(?:(?:&|and|of)[^\S\n]+)?[A-Z][\w-]*){0,3}?(?:[^\S\n]+\([A-Z][\w -]*\))?,?[^\S\n]+(?:Co|Company|Corp|Corporation|Inc|Ltd|Limited|Holdings|Board|Authority|Agency|Bureau|Office|Department|Administration|Commission|(?:Technical[^\S\n]+|Sub)?Committee|Hospital|Clinic|Institute|Association|Society|Cent(?:er|re)|Foundation|University|College|School|Academy|Laborator(?:y|ies)|Labs?|Museum|Alliance|Federation|Council|Bank|Exchange|Fund|Park|Zone|Base|[Ii]ndex|(?<!Working\s)Group)\b/y;

/**
 * A topic that is itself a body (`technical committee`, `research institute`), capitalized after another
 * capitalized word or a possessive: one body's name (`the Humanoid Robot Standardization Technical
 * Committee`, `its Standardization Research Institute`), not the kind of body.
 */
const OWN_HEAD =
  /(?:Committee|Subcommittee|Institute|Institution|Cent(?:er|re)|Association|Alliance|Council)s?$/;
const NAME_BEFORE = /(?:\b[A-Z][\w-]*|\b(?:its|their|our|his|her)|['’]s)\s+$/;

/** Capitalized words that qualify an acronym rather than name a company (`Chinese AI`, `Generative AI`). */
const QUALIFIERS = new Set([
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
  // Determiners and adjectives that start sentences (`Several TCs have …`, `Many SMEs say …`).
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
]);

/**
 * A capitalized word with a lower-case letter right before the acronym (`Zhipu AI`, `LinguaSnap AI`; not
 * another acronym: `the EU AI Act`), and what follows makes it a name's end.
 */
const WORD_BEFORE = /\b([A-Z][A-Za-z]*[a-z][A-Za-z]*)\s+$/;
/**
 * After it: the name ends (punctuation, `and`, a possessive, the verb of the sentence: `Moonshot AI
 * competes`) or goes on capitalized (`AI Lab`, `Smart Home Technology`).
 */
const NAME_END =
  /(?:$|\n|[,.;:!?)'’"”]|[^\S\n]+(?:and|or|said|says|is|are|was|were|has|have|had|will|would|can|could|also|which|who|compete[sd]?|launch(?:ed|es)?|release[sd]?|unveil(?:ed|s)?|raise[sd]?|announce[sd]?|reported|became|becomes)\b|[^\S\n]+[A-Z])/y;

const isUpperAscii = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** Whether text[start, end) is an acronym: one word of at most 5 letters, 2 of them capitals (`AI`, `IoT`). */
function isAcronym(text: string, start: number, end: number): boolean {
  if (end - start > 5) return false;
  let capitals = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (isUpperAscii(c)) capitals++;
    else if (!isLowerAscii(c)) return false;
  }
  return capitals >= 2;
}

/** Every word of text[start, end) starts with a capital (`Standardization Technical Committee`). */
function allCapitalized(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if ((p === start || text.charCodeAt(p - 1) === 0x20) && !isUpperAscii(c)) return false;
  }
  return true;
}

/** The last word of text[start, end) starts with a capital (`… Chinese Medicine`). */
function endsCapitalized(text: string, start: number, end: number): boolean {
  let p = end - 1;
  while (p > start && text.charCodeAt(p - 1) !== 0x20 && text.charCodeAt(p - 1) !== 0x2d) p--;
  return isUpperAscii(text.charCodeAt(p));
}

/**
 * A capitalized topic right after a name word, ending where a name ends: `Zhipu AI and`, `Haier Smart
 * Home, the listed arm`, `Guohong Hydrogen Energy Technology`.
 */
function afterNameWord(text: string, before: string, end: number): boolean {
  const word = WORD_BEFORE.exec(before)?.[1];
  if (word === undefined || QUALIFIERS.has(word)) return false;
  NAME_END.lastIndex = end;
  return NAME_END.test(text);
}

/** The head noun of a document's title (a law, a plan), which keeps the topics its title names. */
const DOC_HEAD =
  'Laws?|Regulations?|Measures|Provisions|Rules|Acts?|Guidelines?|Plans?|Programmes?|Programs?|Opinions|Notice|Outline|Strategy|Catalog(?:ue)?|Directory|Scheme|Decision|Circular';
/** `… Plan for Promoting Large-scale` right before the topic: inside a document's title. */
const DOC_TITLE_BEFORE = new RegExp(
  `\\b(?:${DOC_HEAD})[^\\S\\n]+(?:for|on|of|to)[^\\S\\n]+(?:(?:[A-Z][\\w-]*|and|the|of|for|on|in|to)[^\\S\\n]+)*$`,
);
/** `… Management Regulations` after it: the capitalized run ends in a document's head noun. */
const DOC_TITLE_AFTER = new RegExp(
  `(?:[^\\S\\n]+(?:[A-Z][\\w-]*|and|of|for|on)){0,6}?[^\\S\\n]+(?:${DOC_HEAD})\\b`,
  'y',
);

/**
 * A headline written in title case (`Haier Leads Smart Home Standards`): capitals say nothing about
 * names there. Most of its longer words capitalized, short, no full stop at its end.
 */
function inTitleCaseLine(text: string, start: number, end: number): boolean {
  // Read at most 160 units either side: a longer line is no headline (and the check stays linear).
  let from = start;
  while (from > 0 && start - from < 160 && text.charCodeAt(from - 1) !== 0x0a) from--;
  let to = end;
  while (to < text.length && to - end < 160 && text.charCodeAt(to) !== 0x0a) to++;
  if (to - from > 160 || text.charCodeAt(to - 1) === 0x2e) return false;
  const words = text.slice(from, to).match(/[A-Za-z]{4,}/g) ?? [];
  const capitalized = words.filter((w) => isUpperAscii(w.charCodeAt(0))).length;
  return words.length >= 3 && capitalized >= 0.85 * words.length;
}

/**
 * A capitalized topic inside the title of a law or a document — `the Data Security Law`, `the AI Act`,
 * `the Network Data Security Management Regulations`, `the Action Plan for Promoting Large-scale
 * Equipment Renewal` — is part of that title, not a mention (tests/fixtures/ANNOTATION.md); a topic that
 * is itself a document's title (`Measures for the Administration of Group Standards`) ends in the head
 * noun and is kept. Not in a title-case headline, where every word is capitalized.
 */
function inDocumentTitle(text: string, before: string, start: number, end: number): boolean {
  if (!endsCapitalized(text, start, end)) return false;
  DOC_TITLE_AFTER.lastIndex = end;
  if (!DOC_TITLE_AFTER.test(text) && !DOC_TITLE_BEFORE.test(before)) return false;
  return !inTitleCaseLine(text, start, end);
}

/** Whether the topic matched at text[start, end) (as written) is part of a body's or a company's name. */
export function inProperName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (BODY_OF.test(before)) return true;
  if (inDocumentTitle(text, before, start, end)) return true;
  const acronym = isAcronym(text, start, end);
  if (acronym || (allCapitalized(text, start, end) && text.slice(start, end).includes(' '))) {
    if (afterNameWord(text, before, end) && !inTitleCaseLine(text, start, end)) return true;
  }
  if (!endsCapitalized(text, start, end)) return false;
  if (OWN_HEAD.test(text.slice(start, end)) && allCapitalized(text, start, end) && NAME_BEFORE.test(before))
    return true;
  BODY_HEAD.lastIndex = end;
  return BODY_HEAD.test(text);
}
