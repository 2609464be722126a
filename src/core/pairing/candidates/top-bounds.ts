import type { CandidateIndex } from './candidate-index.js';

/**
 * The `keep` candidates of the last `touch` with the highest fit bound, the largest bound among the rest (-1 when none), and the largest overall.
 * A min-heap of size `keep`: most candidates lose to its root in one comparison.
 */
export function bestBounds(params: { index: CandidateIndex; keep: number; mentee: number }) {
  const { index } = params;
  return bestBy({ ...params, ids: index.touched, count: index.touchedCount, score: index.bound });
}

/** The same over any ids, by any score indexed by id. */
export function bestBy(params: {
  ids: Int32Array;
  count: number;
  score: Float64Array;
  keep: number;
  mentee: number;
}): { kept: Int32Array; leftOut: number; top: number } {
  const { keep, score: bound, ids: touched, count: touchedCount } = params;
  const heap = new Int32Array(Math.min(keep, touchedCount));
  let size = 0;
  let leftOut = -1;
  let top = 0;
  // a ranks below b: lower bound, or the same bound and later in an order that differs by
  // mentee, so that mentees tied over many equal mentors do not all keep the same ones.
  const spin = Math.imul(params.mentee + 1, 0x9e3779b1);
  const order = (i: number) => Math.imul(i ^ spin, 0x85ebca6b) >>> 0;
  const below = (a: number, b: number) =>
    bound[a]! < bound[b]! || (bound[a] === bound[b] && order(a) > order(b));
  for (let t = 0; t < touchedCount; t++) {
    const i = touched[t]!;
    if (bound[i]! > top) top = bound[i]!;
    if (size < heap.length) {
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!below(i, heap[parent]!)) break;
        heap[at] = heap[parent]!;
        at = parent;
      }
      heap[at] = i;
      continue;
    }
    const root = heap[0]!;
    if (!below(root, i)) {
      if (bound[i]! > leftOut) leftOut = bound[i]!;
      continue;
    }
    if (bound[root]! > leftOut) leftOut = bound[root]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && below(heap[child + 1]!, heap[child]!)) child++;
      if (!below(heap[child]!, i)) break;
      heap[at] = heap[child]!;
      at = child;
    }
    heap[at] = i;
  }
  return { kept: heap.subarray(0, size).slice().sort(), leftOut, top };
}
