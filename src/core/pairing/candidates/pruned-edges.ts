import type { SparseAssignmentProblem } from '../solver/assignment-problem.js';
import type { TieBreak } from './tie-break.js';

/** The pairs the planner has scored so far, with their fit in hundredths; grows as pricing adds. */
export class PrunedEdges {
  private mentor = new Int32Array(1024);
  private mentee = new Int32Array(1024);
  private fit100 = new Int32Array(1024);
  count = 0;
  /** Per mentee, the mentors already in the set (for pricing, which skips them). */
  readonly ofMentee: number[][];

  constructor(menteeCount: number) {
    this.ofMentee = Array.from({ length: menteeCount }, () => []);
  }

  add(mentor: number, mentee: number, fit100: number): void {
    if (this.count === this.mentor.length) this.grow();
    this.mentor[this.count] = mentor;
    this.mentee[this.count] = mentee;
    this.fit100[this.count++] = fit100;
    this.ofMentee[mentee]!.push(mentor);
  }

  /** The set as a sparse problem, costs tie-broken (see tieBreakCosts). */
  problem(params: {
    mentors: number;
    capacity: readonly number[];
    tie: TieBreak;
  }): SparseAssignmentProblem {
    const { tie } = params;
    const cost = new Float64Array(this.count);
    for (let e = 0; e < this.count; e++) {
      const [i, k] = [this.mentor[e]!, this.mentee[e]!];
      cost[e] = tie.cost(this.fit100[e]!, i, k);
    }
    return {
      mentors: params.mentors,
      mentees: this.ofMentee.length,
      edges: {
        mentor: this.mentor.subarray(0, this.count),
        mentee: this.mentee.subarray(0, this.count),
        cost,
      },
      capacity: params.capacity,
    };
  }

  private grow(): void {
    const bigger = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.mentor = bigger(this.mentor);
    this.mentee = bigger(this.mentee);
    this.fit100 = bigger(this.fit100);
  }
}
