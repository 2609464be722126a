/**
 * Binary min-heap of (key, id) on typed arrays, for Dijkstra with lazy deletion:
 * a node is pushed again when its distance drops and stale entries are skipped on pop.
 * Hot-path methods take positional arguments: a params object per call would allocate.
 */
export class MinHeap {
  private keys: Float64Array;
  private ids: Int32Array;
  size = 0;

  constructor(initialCapacity: number) {
    const capacity = Math.max(16, initialCapacity);
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, id: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const ids = this.ids;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = keys[parent]!;
      if (parentKey <= key) break;
      keys[i] = parentKey;
      ids[i] = ids[parent]!;
      i = parent;
    }
    keys[i] = key;
    ids[i] = id;
  }

  /** Id of the smallest entry. Call only when size > 0. */
  peekId(): number {
    return this.ids[0]!;
  }

  /** Removes the smallest entry. Call only when size > 0. */
  pop(): void {
    const keys = this.keys;
    const ids = this.ids;
    const last = --this.size;
    if (last === 0) return;
    const key = keys[last]!;
    const id = ids[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      ids[i] = ids[child]!;
      i = child;
    }
    keys[i] = key;
    ids[i] = id;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const ids = new Int32Array(this.ids.length * 2);
    keys.set(this.keys);
    ids.set(this.ids);
    this.keys = keys;
    this.ids = ids;
  }
}
