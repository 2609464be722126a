import type { MetricFamily } from '../core/metrics/metric-family.js';
import {
  emptyProgrammeTallies,
  type ProgrammeTallies,
  programmeFamilies,
} from '../core/metrics/programme-metrics.js';

// Enough to cover any redelivery window many times over; the oldest keys are forgotten first.
const REMEMBERED = 20_000;

/**
 * The programme counters of this process. Each thing is counted once by its key (a comment, an
 * issue): a webhook GitHub delivers twice, or an event seen again after a retry, counts once.
 */
export class ProgrammeTally {
  private readonly tallies = emptyProgrammeTallies();
  private readonly seen = new Set<string>();

  /** Applies `change` unless `key` was counted before; true when it counted. */
  count(key: string, change: (t: ProgrammeTallies) => void): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    if (this.seen.size > REMEMBERED) this.seen.delete(this.seen.values().next().value!);
    change(this.tallies);
    return true;
  }

  families(): MetricFamily[] {
    return programmeFamilies(this.tallies);
  }
}
