import type { CandidateIndex } from './candidate-index.js';
import type { PrunedEdges } from './pruned-edges.js';

/**
 * For each mentee the pruned solve left unpaired, looks for a way to pair one more over every
 * allowed pair, not just the pruned ones: a breadth-first search from the mentee through
 * allowed mentors, the mentees those mentors hold, their allowed mentors, and so on, until a
 * mentor with room. The path's pairs join the pruned set, so the next solve can pair the
 * mentee. Candidates stream from the index and only mentors not yet reached are scored, so a
 * search usually ends within a step or two where seats are plentiful. Returns the mentees for
 * which no path exists: everyone their search reached then needs all their pairs (the search
 * reached exactly the set closedAroundUnpaired describes).
 */
export function addAugmentingPaths(params: {
  unpaired: readonly number[];
  pairs: readonly [number, number][];
  remaining: readonly number[];
  index: CandidateIndex;
  edges: PrunedEdges;
  exactFit100: (i: number, k: number) => number | null;
}): { blocked: number[]; reached: number[] } {
  const { index, edges, exactFit100, remaining } = params;
  const mentorCount = remaining.length;
  const menteeCount = edges.ofMentee.length;
  const menteeMentor = new Int32Array(menteeCount).fill(-1);
  const held: number[][] = Array.from({ length: mentorCount }, () => []);
  for (const [i, k] of params.pairs) {
    menteeMentor[k] = i;
    held[i]!.push(k);
  }
  const menteeSeen = new Int32Array(menteeCount);
  const mentorSeen = new Int32Array(mentorCount);
  /** How the search reached a mentor: from which mentee, with which fit. */
  const viaMentee = new Int32Array(mentorCount);
  const viaFit = new Int32Array(mentorCount);
  const blocked: number[] = [];
  const reached: number[] = [];
  let search = 0;
  for (const start of params.unpaired) {
    search++;
    const queue = [start];
    menteeSeen[start] = search;
    let end = -1;
    for (let q = 0; q < queue.length && end < 0; q++) {
      const k = queue[q]!;
      index.touch(k);
      for (let t = 0; t < index.touchedCount && end < 0; t++) {
        const i = index.touched[t]!;
        if (mentorSeen[i] === search || i === menteeMentor[k]) continue;
        const fit100 = exactFit100(i, k);
        if (fit100 === null) continue;
        mentorSeen[i] = search;
        viaMentee[i] = k;
        viaFit[i] = fit100;
        if (held[i]!.length < remaining[i]!) {
          end = i;
          break;
        }
        for (const other of held[i]!) {
          if (menteeSeen[other] === search) continue;
          menteeSeen[other] = search;
          queue.push(other);
        }
      }
    }
    if (end < 0) {
      blocked.push(start);
      reached.push(...queue);
      continue;
    }
    // Walk back: each mentee on the path moves to the mentor that reached it.
    for (let i = end; ; ) {
      const k = viaMentee[i]!;
      if (!edges.ofMentee[k]!.includes(i)) edges.add(i, k, viaFit[i]!);
      const previous = menteeMentor[k]!;
      menteeMentor[k] = i;
      held[i]!.push(k);
      if (previous < 0) break;
      const list = held[previous]!;
      list.splice(list.indexOf(k), 1);
      i = previous;
    }
  }
  return { blocked, reached };
}
