/**
 * The "my agency" picker's filter (lib/settings/agency-filter): any name, short form or acronym, in
 * either script and any case — fold() on both sides — as a plain substring.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { libraryKnowledge } from '../../lib/clips/library/knowledge';
import { seedAgencies, seedTopics } from '../../lib/kb/bundled-seeds';
import { createAgencyFilter } from '../../lib/settings/agency-filter';
import { fold } from '../../lib/text/fold';
import { loadBundledKnowledgeBase } from '../../scripts/lib/bundled-kb';

const agencies = libraryKnowledge({
  plan: loadBundledKnowledgeBase().plan,
  agencies: seedAgencies,
  topics: seedTopics,
}).agencies;
const filter = createAgencyFilter(agencies);
const ids = (query: string) => filter(query).map((a) => a.id);

describe('createAgencyFilter', () => {
  it.each([
    ['工业和信息化部', ['miit']],
    ['工業和信息化部', ['miit']], // Traditional
    ['工信部', ['miit']], // short form
    ['miit', ['miit']], // acronym, any case
    ['MIIT', ['miit']],
    ['ＭＩＩＴ', ['miit']], // full-width
    ['  industry  and   information ', ['miit']], // English, spaces squashed
    ['国家标准委', ['sac']],
    ['國家標準委', ['sac']],
    ['zzzz-no-such', []],
  ])('%j → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('keeps every agency, in order, for an empty or blank query', () => {
    expect(ids('')).toEqual(agencies.map((a) => a.id));
    expect(ids(' \t ')).toEqual(agencies.map((a) => a.id));
  });

  it('finds more than one where a word is shared, in the list order', () => {
    const found = ids('市场监管');
    expect(found).toContain('samr');
    expect(found).toEqual(agencies.map((a) => a.id).filter((id) => found.includes(id)));
  });

  it('never matches across two names of one agency', () => {
    // 工业和信息化部 ends in 部, MIIT's next name starts elsewhere: a query joining them finds nothing.
    const miit = agencies.find((a) => a.id === 'miit')!;
    expect(ids(`${miit.hans.slice(-1)}\0${miit.hant.slice(0, 1)}`)).toEqual([]);
    expect(ids(`${miit.hans.slice(-1)}${miit.hant.slice(0, 1)}`)).not.toContain('miit');
  });

  it('finds an agency by any substring of any of its names, in either script (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...agencies),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (agency, from, len, upper) => {
          const names = [agency.hans, agency.hant, agency.en, ...agency.aliases];
          const name = names[from % names.length]!;
          const start = from % name.length;
          let query = name.slice(start, start + 1 + (len % 6)).trim();
          if (!query) return true;
          if (upper) query = query.toUpperCase();
          const found = filter(query);
          // Found, and everything found really contains the folded query.
          const q = fold(query).replace(/\s+/g, ' ');
          return (
            found.includes(agency) &&
            found.every((a) =>
              [a.id, a.hans, a.hant, a.en, ...a.aliases].some((n) =>
                fold(n).replace(/\s+/g, ' ').trim().includes(q),
              ),
            )
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
