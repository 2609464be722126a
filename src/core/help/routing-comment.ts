import { inertText, markerJson, trailingMarkerJson } from '../comments/inert-text.js';
import type { RouteDecision } from './choose-senior.js';
import type { OfficeHour } from './office-hours.js';
import { officeHoursLines } from './office-hours-text.js';

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

/** What the routing comment knows of the requester's time zone. */
export interface RequesterZone {
  zone?: string;
  /** The form's Time zone answer could not be read as an IANA time zone. */
  zoneUnread: boolean;
}

/**
 * The one comment routing posts: the senior, why them, who owns what, and a short agenda; or
 * why nobody. Then the next office hours, when there are any: a second way to get help, and
 * the only one left when nobody could be assigned.
 */
export function renderRoutingComment(params: {
  decision: Exclude<RouteDecision, { kind: 'need-expertise' }>;
  issueAuthor: string;
  requester?: RequesterZone;
  officeHours?: readonly OfficeHour[];
}): string {
  const { decision } = params;
  // Reasons name logins and activity areas only, but nothing echoed may carry a marker.
  const reason = inertText(decision.reason);
  const author = inertText(params.issueAuthor);
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
  const zoneNote = params.requester?.zoneUnread
    ? [
        '',
        'Your Time zone answer is not an IANA time zone (such as "Europe/Berlin"), so the rota was read on the UTC day; edit it to be routed by your own day next time.',
      ]
    : [];
  const officeHours = officeHoursLines({
    hours: params.officeHours ?? [],
    readerZone: params.requester?.zone,
  });
  if (decision.kind === 'nobody') {
    return [
      `@${author}, I could not find a senior for this help session: ${reason}.`,
      'A senior can assign themselves, or try again by removing and re-adding the label later.',
      ...zoneNote,
      ...skipped,
      ...officeHours,
      '',
      renderRoutedMarker({ v: 1, senior: null }),
    ].join('\n');
  }
  const senior = inertText(decision.senior);
  return [
    `@${senior} will pair with @${author} on this: ${reason}.`,
    '',
    // Why beside, not instead: see routeHelp in src/app/route-help.ts.
    `@${author}, this stays your issue: you drive and @${senior} guides. @${senior} is assigned beside you, not in your place; you close it when you are done.`,
    ...zoneNote,
    '',
    `**Agenda** (about 30 minutes: @${senior} guides, @${author} drives)`,
    `1. @${author} states the problem.`,
    '2. Go through what was tried in the 15 minutes of preparation.',
    `3. Pair on it together: @${author} at the keyboard, @${senior} asking questions and pointing the way.`,
    `4. Agree the next step; @${author} takes it.`,
    '',
    `Afterwards, log it here: \`/session 45m @${author} topics: … outcome: …\``,
    ...skipped,
    ...officeHours,
    '',
    renderRoutedMarker({ v: 1, senior: decision.senior }),
  ].join('\n');
}
