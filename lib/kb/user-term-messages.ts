/**
 * A refused user term's problems in the reader's language: what the background answers `addUserTerm`
 * with, shown as it is by the options page. A clash names what the surface already belongs to and its
 * items, so the reader can tell whether the glossary already covers the word.
 */
import type { CardLang } from '../card/types';
import { USER_TERM_LIMITS } from './user-terms';
import type { TermOwner, UserTermProblem } from './user-term-validate';

type Words = {
  quote: (s: string) => string;
  owner: (o: TermOwner, name: string) => string;
  items: (items: number[]) => string;
  empty: string;
  tooLong: (s: string) => string;
  tooShort: (s: string) => string;
  noLetters: (s: string) => string;
  badChars: (s: string, chars: string) => string;
  generic: (s: string) => string;
  clash: (s: string, owner: string) => string;
  duplicate: (s: string, of: string) => string;
  standardCode: (s: string) => string;
  tooManyAliases: (max: number) => string;
  tooManyTerms: (max: number) => string;
  noItems: string;
  unknownItems: (items: number[], first: number, last: number) => string;
};

const max = USER_TERM_LIMITS.maxLength;

const ZH_HANS: Words = {
  quote: (s) => `“${s}”`,
  owner: (o, name) =>
    o.kind === 'topic' ? `主题“${name}”` : o.kind === 'agency' ? `部门“${name}”` : `你的词条“${name}”`,
  items: (items) => (items.length ? `（第 ${items.join('、')} 项）` : ''),
  empty: '请填写词条。',
  tooLong: (s) => `${s}太长：最多 ${max} 个字符。`,
  tooShort: (s) => `${s}太短：中文至少 2 个字，英文至少 2 个字母。`,
  noLetters: (s) => `${s}只有数字或标点：请写一个词。`,
  badChars: (s, chars) => `${s}含有不能用于词条的字符：${chars}`,
  generic: (s) => `${s}太常见，几乎每段都会被标出。`,
  clash: (s, owner) => `${s}已是${owner}。`,
  duplicate: (s, of) => `${s}与${of}相同（简繁体和大小写视为相同，无须重复填写）。`,
  standardCode: (s) => `${s}是标准编号，已被识别。`,
  tooManyAliases: (n) => `别名最多 ${n} 个。`,
  tooManyTerms: (n) => `词条最多 ${n} 个：请先移除一些。`,
  noItems: '请至少选择一项计划任务。',
  unknownItems: (items, first, last) => `计划中没有第 ${items.join('、')} 项（共第 ${first}–${last} 项）。`,
};

const ZH_HANT: Words = {
  quote: (s) => `「${s}」`,
  owner: (o, name) =>
    o.kind === 'topic' ? `主題「${name}」` : o.kind === 'agency' ? `部門「${name}」` : `你的詞條「${name}」`,
  items: (items) => (items.length ? `（第 ${items.join('、')} 項）` : ''),
  empty: '請填寫詞條。',
  tooLong: (s) => `${s}太長：最多 ${max} 個字元。`,
  tooShort: (s) => `${s}太短：中文至少 2 個字，英文至少 2 個字母。`,
  noLetters: (s) => `${s}只有數字或標點：請寫一個詞。`,
  badChars: (s, chars) => `${s}含有不能用於詞條的字元：${chars}`,
  generic: (s) => `${s}太常見，幾乎每段都會被標出。`,
  clash: (s, owner) => `${s}已是${owner}。`,
  duplicate: (s, of) => `${s}與${of}相同（簡繁體和大小寫視為相同，無須重複填寫）。`,
  standardCode: (s) => `${s}是標準編號，已被識別。`,
  tooManyAliases: (n) => `別名最多 ${n} 個。`,
  tooManyTerms: (n) => `詞條最多 ${n} 個：請先移除一些。`,
  noItems: '請至少選擇一項計畫任務。',
  unknownItems: (items, first, last) => `計畫中沒有第 ${items.join('、')} 項（共第 ${first}–${last} 項）。`,
};

const EN: Words = {
  quote: (s) => s,
  owner: (o, name) =>
    o.kind === 'topic'
      ? `the topic ${name}`
      : o.kind === 'agency'
        ? `the agency ${name}`
        : `your term ${name}`,
  items: (items) => (items.length ? ` (item${items.length > 1 ? 's' : ''} ${items.join(', ')})` : ''),
  empty: 'Enter a term.',
  tooLong: (s) => `${s} is too long: at most ${max} characters.`,
  tooShort: (s) => `${s} is too short: at least 2 Chinese characters or 2 letters.`,
  noLetters: (s) => `${s} has only digits or punctuation: write a word.`,
  badChars: (s, chars) => `${s} has characters a term cannot have: ${chars}`,
  generic: (s) => `${s} is too common: it would mark nearly every line.`,
  clash: (s, owner) => `${s} is already ${owner}.`,
  duplicate: (s, of) =>
    `${s} is the same as ${of} (Traditional and Simplified, and letter case, are matched alike).`,
  standardCode: (s) => `${s} is a standard code, which is recognised already.`,
  tooManyAliases: (n) => `At most ${n} aliases.`,
  tooManyTerms: (n) => `At most ${n} terms: remove some first.`,
  noItems: 'Pick at least one plan item.',
  unknownItems: (items, first, last) =>
    `The plan has no item ${items.join(', ')} (its items are ${first}–${last}).`,
};

const WORDS: Record<CardLang, Words> = { 'zh-Hans': ZH_HANS, 'zh-Hant': ZH_HANT, en: EN };

function ownerName(owner: TermOwner, lang: CardLang): string {
  const { hans, hant, en } = owner.names;
  return lang === 'en' ? en || hans : lang === 'zh-Hant' ? hant || hans : hans;
}

export function describeUserTermProblem(problem: UserTermProblem, lang: CardLang): string {
  const w = WORDS[lang];
  switch (problem.code) {
    case 'empty':
      return w.empty;
    case 'too-long':
      return w.tooLong(w.quote(`${problem.surface.slice(0, 20)}…`));
    case 'too-short':
      return w.tooShort(w.quote(problem.surface));
    case 'no-letters':
      return w.noLetters(w.quote(problem.surface));
    case 'bad-chars':
      return w.badChars(w.quote(problem.surface), problem.chars ?? '');
    case 'generic':
      return w.generic(w.quote(problem.surface));
    case 'clash': {
      const owner = w.owner(problem.owner, ownerName(problem.owner, lang)) + w.items(problem.owner.items);
      return w.clash(w.quote(problem.surface), owner);
    }
    case 'duplicate':
      return w.duplicate(w.quote(problem.surface), w.quote(problem.of));
    case 'standard-code':
      return w.standardCode(w.quote(problem.surface));
    case 'too-many-aliases':
      return w.tooManyAliases(problem.max);
    case 'too-many-terms':
      return w.tooManyTerms(problem.max);
    case 'no-items':
      return w.noItems;
    case 'unknown-items':
      return w.unknownItems(problem.items, problem.first, problem.last);
  }
}

/** All problems as one message (each a sentence), for the `addUserTerm` error. */
export function describeUserTermProblems(problems: readonly UserTermProblem[], lang: CardLang): string {
  return problems.map((p) => describeUserTermProblem(p, lang)).join(lang === 'en' ? ' ' : '');
}
