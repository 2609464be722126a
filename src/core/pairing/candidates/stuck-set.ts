import type { AssignmentResult, SparseAssignmentProblem } from '../solver/assignment-problem.js';

/**
 * The mentees left unpaired, and everyone they could push along: every mentor they may take
 * (all full, or the solution would have used the room) and those mentors' mentees, onwards.
 *
 * Why the planner needs it: costs compare (unpaired mentees, cost), and an unpaired mentee's
 * dual holds one unit of the higher order. Once every mentee in this set has all its allowed
 * pairs in the problem, nothing outside can reach into the set through an unseen pair, and a
 * pair from outside into it costs a whole unit of the higher order more than it saves: only
 * pairs between people outside the set still need pricing, on the real-valued duals.
 */
export function closedAroundUnpaired(params: {
  problem: SparseAssignmentProblem;
  solution: AssignmentResult;
  capacity: readonly number[];
}): { mentees: number[]; mentors: Uint8Array } {
  const { problem, solution, capacity } = params;
  const { mentors, mentees, edges } = problem;
  const menteeMentor = new Int32Array(mentees).fill(-1);
  const mentorStart = new Int32Array(mentors + 1);
  for (const [i, k] of solution.pairs) {
    menteeMentor[k] = i;
    mentorStart[i + 1]!++;
  }
  for (let i = 0; i < mentors; i++) mentorStart[i + 1]! += mentorStart[i]!;
  const held = new Int32Array(solution.pairs.length);
  const fill = mentorStart.slice(0, mentors);
  for (const [i, k] of solution.pairs) held[fill[i]!++] = k;
  const menteeStart = new Int32Array(mentees + 1);
  for (let e = 0; e < edges.mentee.length; e++) {
    if (capacity[edges.mentor[e]!]! > 0) menteeStart[edges.mentee[e]! + 1]!++;
  }
  for (let k = 0; k < mentees; k++) menteeStart[k + 1]! += menteeStart[k]!;
  const options = new Int32Array(menteeStart[mentees]!);
  const next = menteeStart.slice(0, mentees);
  for (let e = 0; e < edges.mentee.length; e++) {
    if (capacity[edges.mentor[e]!]! > 0) options[next[edges.mentee[e]!]!++] = edges.mentor[e]!;
  }
  const inMentees = new Uint8Array(mentees);
  const inMentors = new Uint8Array(mentors);
  const queue: number[] = [];
  for (let k = 0; k < mentees; k++) {
    if (menteeMentor[k] !== -1 || menteeStart[k] === menteeStart[k + 1]) continue;
    inMentees[k] = 1;
    queue.push(k);
  }
  for (let q = 0; q < queue.length; q++) {
    const k = queue[q]!;
    for (let t = menteeStart[k]!; t < menteeStart[k + 1]!; t++) {
      const i = options[t]!;
      if (i === menteeMentor[k] || inMentors[i] === 1) continue;
      inMentors[i] = 1;
      for (let h = mentorStart[i]!; h < mentorStart[i + 1]!; h++) {
        const other = held[h]!;
        if (inMentees[other] === 1) continue;
        inMentees[other] = 1;
        queue.push(other);
      }
    }
  }
  return { mentees: queue, mentors: inMentors };
}
