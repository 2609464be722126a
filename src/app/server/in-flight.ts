/** The deliveries being handled now, so that a shutdown can wait for them to finish. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  get size(): number {
    return this.running.size;
  }

  track<T>(work: Promise<T>): Promise<T> {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
    return work;
  }

  /** Resolves true once nothing is in flight, or false when `withinMs` passes first. */
  async settle(withinMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), withinMs);
      timer.unref();
    });
    const drained = (async () => {
      while (this.running.size > 0) await Promise.all([...this.running]);
      return true as const;
    })();
    try {
      return await Promise.race([drained, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}
