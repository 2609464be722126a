import { inertText, markerJson, trailingMarkerJson } from '../comments/inert-text.js';
import type { RouteDecision } from './choose-senior.js';

export const ROUTED_MARKER_PREFIX = '<!-- mentorship-bot:routed ';

export interface RoutedMarker {
  v: 1;
  /** The senior assigned, or null when nobody could be. */
  senior: string | null;
}

export function renderRoutedMarker(marker: RoutedMarker): string {
  return `${ROUTED_MARKER_PREFIX}${markerJson(marker)} -->`;
}

/** The routing marker that ends a comment (the app writes it last), or null. */
export function parseRoutedMarker(body: string): RoutedMarker | null {
  const json = trailingMarkerJson(body, ROUTED_MARKER_PREFIX);
  if (json === null) return null;
  try {
    const value = JSON.parse(json) as RoutedMarker;
    return value?.v === 1 && (value.senior === null || typeof value.senior === 'string')
      ? value
      : null;
  } catch {
    return null;
  }
}

/** The one comment routing posts: the senior, why them, and a short agenda; or why nobody. */
export function renderRoutingComment(params: {
  decision: Exclude<RouteDecision, { kind: 'need-expertise' }>;
  issueAuthor: string;
}): string {
  const { decision, issueAuthor } = params;
  // Reasons name logins and activity areas only, but nothing echoed may carry a marker.
  const reason = inertText(decision.reason);
  const skipped = decision.skipped.length
    ? [
        '',
        '<details><summary>Seniors passed over</summary>',
        '',
        ...decision.skipped.map((s) => `- ${inertText(s)}`),
        '',
        '</details>',
      ]
    : [];
  if (decision.kind === 'nobody') {
    return [
      `@${issueAuthor}, I could not find a senior for this help session: ${reason}.`,
      'A senior can assign themselves, or try again by removing and re-adding the label later.',
      ...skipped,
      '',
      renderRoutedMarker({ v: 1, senior: null }),
    ].join('\n');
  }
  const senior = decision.senior;
  return [
    `@${senior} will pair with @${issueAuthor} on this: ${reason}.`,
    '',
    '**Agenda** (about 30 minutes)',
    `1. @${issueAuthor} states the problem.`,
    '2. Go through what was tried in the 15 minutes of preparation.',
    '3. Pair on it together.',
    '4. Agree the next step and who takes it.',
    '',
    `Afterwards, log it here: \`/session 45m @${issueAuthor} topics: … outcome: …\``,
    ...skipped,
    '',
    renderRoutedMarker({ v: 1, senior }),
  ].join('\n');
}
