/**
 * English for the generic parties and standing notes of duty brackets (各有关部门和单位 …), which name no
 * agency of the registry. A phrase this table does not know stays in Chinese (the view marks it
 * lang="zh-Hans"): an approximate translation of a duty would be worse than the original.
 */
import { fold } from '../text/fold';

const PHRASES: Record<string, string> = {
  各有关部门和单位: 'all relevant departments and organizations',
  各有关部门: 'all relevant departments',
  各有关单位: 'all relevant organizations',
  有关部门: 'the relevant departments',
  有关部门和单位: 'the relevant departments and organizations',
  地方人民政府有关主管部门: 'the competent departments of local people’s governments',
  地方各级人民政府: 'local people’s governments at all levels',
  各地区各部门: 'all regions and departments',
  '以下均需地方人民政府有关主管部门负责，不再列出':
    'The competent departments of local people’s governments are responsible for every item from here on as well; the plan does not list them again.',
};

// Keyed by the folded form: Traditional and full-width variants of the same phrase find it. Built on
// first use, not when the module loads: folding builds the fold table, which a service worker woken
// for anything but a card or a scan need not build at its start (it did, ~5 ms of each start).
let byFolded: Map<string, string> | undefined;

/** The English of a generic party or note, or the phrase itself when the table has none. */
export function partyInEnglish(phrase: string): string {
  byFolded ??= new Map(Object.entries(PHRASES).map(([zh, en]) => [fold(zh), en]));
  return byFolded.get(fold(phrase.trim())) ?? phrase;
}
