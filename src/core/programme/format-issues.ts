import { z } from 'zod';
import { inertText, markerJson, trailingMarkerJson } from '../comments/inert-text.js';
import type { Config } from '../config/config-schema.js';
import type { FormatsFile } from '../pairing/formats/formats-file.js';
import { loginKey } from '../people/login.js';
import { byApp, renderProgrammeMarker } from './pair-marker.js';
import type { ProgrammeEffect } from './programme-effect.js';
import type { ProgrammeIssue } from './programme-issue.js';

/**
 * Rings, reverse pairs and onboarding buddies are introduced like 1:1 pairs: one issue each in
 * the programme repository, found again by its trailing marker, closed when it ends. Weekly peer
 * pairs get none: they change every week, and an issue a week per pair would be noise.
 */
export const FORMAT_MARKER_PREFIX = '<!-- mentorship-bot:format ';

const formatMarkerSchema = z.strictObject({
  v: z.literal(1),
  kind: z.enum(['ring', 'reverse', 'buddy']),
  key: z.string().min(1),
});
type FormatMarker = z.output<typeof formatMarkerSchema>;

interface FormatItem {
  marker: FormatMarker;
  title: string;
  body: string[];
}

export function formatIssueEffects(params: {
  formats: FormatsFile;
  issues: readonly ProgrammeIssue[];
  config: Pick<Config, 'programme' | 'labels' | 'help'>;
  showDetail: boolean;
}): ProgrammeEffect[] {
  const { issues, config } = params;
  const found = new Map<string, ProgrammeIssue>();
  for (const issue of issues) {
    const marker = byApp(issue.author, config.help.appLogin) ? parseFormatMarker(issue.body) : null;
    if (marker && !found.has(marker.key)) found.set(marker.key, issue);
  }
  const items = formatItems(params);
  const running = new Set(items.map((i) => i.marker.key));
  const effects: ProgrammeEffect[] = items
    .filter((item) => !found.has(item.marker.key))
    .map((item) => ({
      kind: 'open-format-issue',
      key: item.marker.key,
      format: item.marker.kind,
      title: item.title,
      body: [...item.body, '', renderFormatMarker(item.marker)].join('\n'),
      labels: [config.labels.mentorship],
    }));
  for (const [key, issue] of found) {
    if (running.has(key) || issue.state !== 'open') continue;
    effects.push({
      kind: 'close-pair-issue',
      issue: issue.number,
      key: 'close',
      body: closingText(config),
    });
  }
  return effects;
}

function formatItems(params: {
  formats: FormatsFile;
  config: Pick<Config, 'programme'>;
  showDetail: boolean;
}): FormatItem[] {
  const { formats, config, showDetail } = params;
  const detail = (lines: readonly string[]) =>
    showDetail && lines.length ? ['', '**Why**', '', ...lines.map((r) => `- ${inertText(r)}`)] : [];
  const agenda = [
    '',
    `**Each session:** ${config.programme.agenda.map((a) => `${inertText(a.step)} ${a.minutes} min`).join(' · ')}`,
    '',
    'Log a session here with `/session 45m @someone topics: … outcome: …`.',
  ];
  const rings = formats.rings.map((ring) => ({
    marker: { v: 1 as const, kind: 'ring' as const, key: ring.id },
    title: showDetail ? `Mentor ring: ${inertText(ring.theme)}` : `Mentor ring ${ring.id}`,
    body: [
      `${mentions(ring.mentors)} lead this ring with ${mentions(ring.mentees)}.`,
      '',
      `It meets every ${ring.meets.everyWeeks} weeks, next in the week of ${ring.meets.next}, until ${ring.endsOn}.`,
      ...detail(ring.reasons),
      ...agenda,
    ],
  }));
  const reverse = formats.reverse.map((pair) => ({
    marker: {
      v: 1 as const,
      kind: 'reverse' as const,
      key: `reverse:${loginKey(pair.teacher)}:${loginKey(pair.learner)}:${pair.startedOn}`,
    },
    title: `Reverse mentoring: @${pair.teacher} and @${pair.learner}`,
    body: [
      `@${pair.teacher} teaches @${pair.learner}${showDetail ? ` ${inertText(pair.topic)}` : ''}, from ${pair.startedOn} until ${pair.endsOn}.`,
      ...detail(pair.reasons),
      ...agenda,
    ],
  }));
  const buddies = formats.peers
    .filter((p) => p.kind === 'buddy')
    .map((p) => ({
      marker: {
        v: 1 as const,
        kind: 'buddy' as const,
        key: `buddy:${loginKey(p.a)}:${loginKey(p.b)}:${p.startedOn}`,
      },
      title: `Onboarding buddy: @${p.b} for @${p.a}`,
      body: [
        `Welcome, @${p.a}! @${p.b} is your buddy for your first weeks, until ${p.endsOn}: ask them anything, however small.`,
        ...detail(p.reasons),
      ],
    }));
  return [...rings, ...reverse, ...buddies];
}

const mentions = (logins: readonly string[]) => logins.map((l) => `@${l}`).join(', ');

function closingText(config: Pick<Config, 'programme'>): string {
  const postMortem = config.programme.outline.at(-1) ?? 'a post-mortem';
  return [
    'This has come to its end. Thank you for the time you gave each other.',
    '',
    `Before you go: ${inertText(postMortem)}. What worked, what did not, what next?`,
    '',
    renderProgrammeMarker({ v: 1, kind: 'close' }),
  ].join('\n');
}

export function renderFormatMarker(marker: FormatMarker): string {
  return `${FORMAT_MARKER_PREFIX}${markerJson(formatMarkerSchema.parse(marker))} -->`;
}

export function parseFormatMarker(body: string): FormatMarker | null {
  const json = trailingMarkerJson(body, FORMAT_MARKER_PREFIX);
  if (json === null) return null;
  try {
    const parsed = formatMarkerSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
