import { compareText } from '../../compare-text.js';
import type { Config } from '../../config/config-schema.js';
import type { Track } from '../../config/tracks-schema.js';
import { weekStart } from '../../dates.js';
import { LoginSet } from '../../people/login.js';
import type { PersonRecord } from '../../people/person-schema.js';
import { resolveRole } from '../../people/roles.js';
import type { Snapshot } from '../../snapshot/snapshot-schema.js';
import { pastKey } from '../carry-forward.js';
import type { EndedPair, PairingsFile, PlannedPair, Unpaired } from '../pairings-file.js';
import { planWeek } from '../plan-week.js';
import type { ProgrammeInput } from '../programme-input.js';
import { trackConfig, trackOf } from './track-view.js';

type PairRef = { mentor: string; mentee: string };

const byPair = (a: PairRef, b: PairRef) =>
  compareText(a.mentor, b.mentor) || compareText(a.mentee, b.mentee);

/**
 * The week's 1:1 plan, one track at a time (pairing.tracks). Without tracks it is planWeek's
 * plan unchanged. With them, the first track is the main plan (its pairs carry no `track`), and
 * each later track plans a further mentor for its mentees: never the mentor they have in another
 * track, with capacity counted within the track. Tracks are planned in order, so an earlier
 * track has first choice of mentors; the history (and with it the cool-down) is shared.
 */
export function planTracks(params: {
  snapshot: Snapshot;
  config: Config;
  programme?: ProgrammeInput;
}): PairingsFile {
  const { snapshot, config, programme } = params;
  const tracks = config.pairing.tracks;
  if (tracks.length === 0) return planWeek({ snapshot, config, ...withProgramme(programme) });
  const planned: PairRef[] = [];
  const files = tracks.map((track, i) => {
    const later = snapshot.pairs.filter((p) => trackIndex(tracks, p.track) > i);
    const file = planOneTrack({
      snapshot,
      config,
      track,
      first: i === 0,
      taken: [...planned, ...later],
      ...withProgramme(programme),
    });
    planned.push(...file.pairs);
    return file;
  });
  return mergeTracks(files);
}

const withProgramme = (programme: ProgrammeInput | undefined) => (programme ? { programme } : {});

/** Where a running pair's track sits in the list; an unknown or absent track is the main plan. */
function trackIndex(tracks: readonly Track[], name: string | undefined): number {
  const i = name === undefined ? 0 : tracks.findIndex((t) => t.name === name);
  return i < 0 ? 0 : i;
}

function planOneTrack(params: {
  snapshot: Snapshot;
  config: Config;
  track: Track;
  first: boolean;
  taken: readonly PairRef[];
  programme?: ProgrammeInput;
}): PairingsFile {
  const { snapshot, config, track, first } = params;
  const tracks = config.pairing.tracks;
  const index = tracks.indexOf(track);
  const running = snapshot.pairs
    .filter((p) => trackIndex(tracks, p.track) === index)
    .map(({ track: _t, ...pair }) => pair);
  // A mentee taken off a track's list ends that track's pair; the rest of the track plans on.
  const listed = track.mentees ? new LoginSet(track.mentees) : null;
  const inTrack = (login: string) => !listed || listed.has(login);
  const week = weekStart(snapshot.asOf);
  const leaving: EndedPair[] = running
    .filter((p) => !inTrack(p.mentee))
    .map((p) => ({
      ...p,
      endedOn: p.startedOn > week ? p.startedOn : week,
      reason: `${p.mentee} is no longer listed in the ${track.name} track (pairing.tracks.${index}.mentees)`,
    }));
  const view: Snapshot = {
    ...snapshot,
    people: snapshot.people.filter((p) => inTrack(p.login) || !isMentee(p, config)),
    pairs: running.filter((p) => inTrack(p.mentee)),
  };
  const file = planWeek({
    snapshot: view,
    config: trackConfig({ config, track, first }),
    taken: params.taken,
    ...withProgramme(params.programme),
  });
  const ended = [...file.ended, ...leaving];
  const history = [...file.history, ...leaving.map(({ reason: _r, ...past }) => past)];
  const tagged = trackOf({ track, first });
  return {
    ...file,
    summary: { ...file.summary, ended: ended.length },
    pairs: file.pairs.map((p) => tagged(p, `${track.name} track`)),
    ended: ended.map((e) => tagged(e)),
    unpaired: file.unpaired.map((u) => tagged(u)),
    history,
  };
}

function mergeTracks(files: PairingsFile[]): PairingsFile {
  const main = files[0]!;
  const all = <K extends 'pairs' | 'ended'>(key: K) =>
    files.flatMap((f) => f[key] as Array<PairingsFile[K][number]>);
  const pairs = (all('pairs') as PlannedPair[]).sort(byPair);
  const ended = (all('ended') as EndedPair[]).sort(byPair);
  const unpaired: Unpaired[] = files
    .flatMap((f) => f.unpaired)
    .sort((a, b) => compareText(a.mentee, b.mentee) || compareText(a.track ?? '', b.track ?? ''));
  const history = new Map(files.flatMap((f) => f.history).map((h) => [pastKey(h), h]));
  const sum = (key: 'new' | 'continuing') => files.reduce((n, f) => n + f.summary[key], 0);
  return {
    ...main,
    summary: {
      new: sum('new'),
      continuing: sum('continuing'),
      ended: ended.length,
      unpaired: unpaired.length,
      totalFit: Math.round(pairs.reduce((s, p) => s + p.fit, 0) * 100) / 100,
    },
    pairs,
    ended,
    unpaired,
    history: [...history.values()].sort(
      (a, b) => compareText(a.endedOn, b.endedOn) || byPair(a, b),
    ),
  };
}

function isMentee(p: PersonRecord, config: Config): boolean {
  const { role } = resolveRole({
    login: p.login,
    title: p.title,
    recorded: p.role,
    roles: config.roles,
  });
  return role === 'mentee';
}
