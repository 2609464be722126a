import type { Activity } from '../people/person-schema.js';
import { skillProfile } from '../people/skill-level.js';

export interface Expertise {
  /** Sum of skill levels (0–5 each) over the areas that match the issue. */
  score: number;
  /** The matching areas with their levels, best first, e.g. "acme/api (level 4)". */
  areas: string[];
}

/**
 * How well someone's recent activity matches an issue: their level in the issue's repository
 * plus their level in each of its topics (a topic matches a language or repository area by name,
 * case-insensitively).
 */
export function expertiseFor(params: {
  activity: readonly Activity[];
  repository: string;
  topics: readonly string[];
}): Expertise {
  const profile = skillProfile(params.activity);
  const wanted = [params.repository, ...params.topics].map((t) => t.trim().toLowerCase());
  const matched = [...new Set(wanted)]
    .map((area) => ({ area, level: profile.get(area) ?? 0 }))
    .filter((m) => m.level > 0)
    .sort((a, b) => b.level - a.level || (a.area < b.area ? -1 : 1));
  const names = new Map(params.activity.map((a) => [a.area.toLowerCase(), a.area]));
  return {
    score: matched.reduce((sum, m) => sum + m.level, 0),
    areas: matched.map((m) => `${names.get(m.area) ?? m.area} (level ${m.level})`),
  };
}

/** An issue's topics: its labels other than the app's own, and the help form's "Topics" answer. */
export function issueTopics(params: {
  labels: readonly string[];
  ownLabels: readonly string[];
  topicsAnswer: string | undefined;
}): string[] {
  const own = new Set(params.ownLabels.map((l) => l.toLowerCase()));
  const fromLabels = params.labels.filter((l) => !own.has(l.toLowerCase()));
  const fromForm = (params.topicsAnswer ?? '').split(/[,;\n]/);
  const seen = new Set<string>();
  return [...fromLabels, ...fromForm]
    .map((t) => t.trim())
    .filter((t) => {
      if (!t || seen.has(t.toLowerCase())) return false;
      seen.add(t.toLowerCase());
      return true;
    });
}
