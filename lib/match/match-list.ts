/**
 * Matches as (start, end, output) triples in one `Int32Array`: an object per match cost the scan ~30 %
 * on the benchmark corpus (a match every ~13 units in the plan's own text), so objects are made only
 * where a caller asks for them.
 */

export class MatchList {
  /** Number of matches. */
  readonly length: number;
  /** 3 ints per match: start, end, output (≥ 0: a group; ≤ -2: case-filtered list -2 - output). */
  readonly data: Int32Array;
  private readonly groups: readonly (readonly number[])[];
  private readonly filteredLists: readonly (readonly number[])[];

  constructor(
    data: Int32Array,
    length: number,
    groups: readonly (readonly number[])[],
    filtered: readonly (readonly number[])[],
  ) {
    this.data = data;
    this.length = length;
    this.groups = groups;
    this.filteredLists = filtered;
  }

  start(k: number): number {
    return this.data[3 * k] as number;
  }

  end(k: number): number {
    return this.data[3 * k + 1] as number;
  }

  /** The automaton group of match `k`, or -1 for a case-filtered subset of one (see `payloads`). */
  group(k: number): number {
    const ref = this.data[3 * k + 2] as number;
    return ref >= 0 ? ref : -1;
  }

  /** The payloads of match `k` (shared array: do not mutate). */
  payloads(k: number): readonly number[] {
    const ref = this.data[3 * k + 2] as number;
    return (ref >= 0 ? this.groups[ref] : this.filteredLists[-2 - ref]) ?? [];
  }
}
