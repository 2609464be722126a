import type { FormatsConfig } from '../../config/formats-schema.js';
import type { FormatsFile } from './formats-file.js';

const since = (item: { status: string; startedOn: string; endsOn: string }) =>
  item.status === 'new'
    ? `new, until ${item.endsOn}`
    : `since ${item.startedOn}, until ${item.endsOn}`;

/**
 * The formats as a terminal shows them, after the 1:1 pairs: each enabled format with its pairs
 * or rings and their reasons, then who a format could not place and why. Empty when all are off.
 */
export function renderFormats(formats: FormatsFile, enabled: FormatsConfig): string {
  const out: string[] = [];
  if (enabled.reverse.enabled) {
    out.push(`Reverse mentoring (${formats.reverse.length}):`);
    for (const r of formats.reverse)
      out.push(`  ${r.teacher} → ${r.learner}, ${r.topic} (${since(r)}): ${r.reasons.join('; ')}`);
    out.push('');
  }
  if (enabled.rings.enabled) {
    out.push(`Mentor rings (${formats.rings.length}):`);
    for (const ring of formats.rings) {
      out.push(
        `  ${ring.id} (${since(ring)}; meets every ${ring.meets.everyWeeks} weeks, next in the week of ${ring.meets.next}): ${ring.theme}`,
        `    mentors: ${ring.mentors.join(', ') || 'none'}`,
        `    mentees: ${ring.mentees.join(', ')}`,
        `    why: ${ring.reasons.join('; ')}`,
      );
    }
    out.push('');
  }
  if (enabled.peers.enabled) {
    const buddies = formats.peers.filter((p) => p.kind === 'buddy');
    const peers = formats.peers.filter((p) => p.kind === 'peers');
    out.push(`Peers this week (${peers.length}):`);
    for (const p of peers) out.push(`  ${p.a} + ${p.b}: ${p.reasons.join('; ')}`);
    out.push('', `Onboarding buddies (${buddies.length}):`);
    for (const b of buddies)
      out.push(`  ${b.b} buddies ${b.a} (${since(b)}): ${b.reasons.join('; ')}`);
    out.push('');
  }
  if (formats.waiting.length) {
    out.push('Not placed in a format this week:');
    for (const w of formats.waiting)
      out.push(`  ${w.login} (${w.format}): ${w.reasons.join('; ')}`);
    out.push('');
  }
  // A blank line before, after the 1:1 part, and none after: what follows starts with its own.
  return out.length ? `\n${out.join('\n').trimEnd()}\n` : '';
}
