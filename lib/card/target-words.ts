/**
 * A quantitative target in the reader's words (issue 10: "80个" alone says nothing): the bound and the
 * unit spelled out — 不少于50个, 不超过18个月, at least 50 percent, 700 items. The plan's
 * counting words (个, 座, 处 …) are classifiers with no English noun of their own; the sentence the
 * target is shown with names what is counted.
 */
import type { Target } from '../plan/types';
import { fold } from '../text/fold';
import { toHant } from '../text/to-hant';
import type { CardLang } from './types';

/** English for the units lib/plan/targets.ts reads; '' for a bare classifier. */
const EN_UNITS: Record<string, [one: string, many: string]> = {
  '%': ['percent', 'percent'],
  个月: ['month', 'months'],
  项: ['item', 'items'],
  家: ['organization', 'organizations'],
  所: ['institution', 'institutions'],
  处: ['site', 'sites'],
  套: ['set', 'sets'],
  名: ['person', 'people'],
  人: ['person', 'people'],
  人次: ['person-time', 'person-times'],
  万人: ['ten thousand people', 'ten thousand people'],
  万元: ['ten thousand yuan', 'ten thousand yuan'],
  亿元: ['hundred million yuan', 'hundred million yuan'],
  万: ['ten thousand', 'ten thousand'],
  亿: ['hundred million', 'hundred million'],
  倍: ['time', 'times'],
  天: ['day', 'days'],
  小时: ['hour', 'hours'],
  周: ['week', 'weeks'],
  年: ['year', 'years'],
};

function english(target: Target): string {
  const [one, many] = EN_UNITS[fold(target.unit)] ?? ['', ''];
  const unit = target.value === 1 ? one : many;
  const amount =
    unit === 'percent' ? `${target.value}%` : unit ? `${target.value} ${unit}` : `${target.value}`;
  switch (target.bound) {
    case 'at-least':
      return `at least ${amount}`;
    case 'at-most':
      return `at most ${amount}`;
    default:
      return amount;
  }
}

function chinese(target: Target): string {
  // In Simplified (a Traditional plan's 個 too): the zh-Hant reader gets the whole phrase converted.
  const unit = fold(target.unit);
  const amount = `${target.value}${unit}`;
  switch (target.bound) {
    case 'at-least':
      return `${unit === '%' ? '不低于' : '不少于'}${amount}`;
    case 'at-most':
      return `不超过${amount}`;
    default:
      return amount;
  }
}

export function targetWords(target: Target, lang: CardLang): string {
  if (lang === 'en') return english(target);
  const words = chinese(target);
  return lang === 'zh-Hant' ? toHant(words) : words;
}
