import type { LinearUser } from '../core/snapshot/merge-people.js';
import type { RawLinearUser } from './linear-documents.js';

/** Plain data from a GraphQL user node: blank optional fields are left out, teams sorted. */
export function toLinearUser(raw: RawLinearUser, teams: LinearUser['teams']): LinearUser {
  const optional = (value: string | null | undefined) => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
  const fields = {
    title: optional(raw.title),
    timezone: optional(raw.timezone),
    gitHubUserId: optional(raw.gitHubUserId),
    statusLabel: optional(raw.statusLabel),
    statusUntilAt: optional(raw.statusUntilAt),
  };
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return {
    id: raw.id,
    name: raw.name,
    displayName: raw.displayName,
    email: raw.email,
    ...present,
    active: raw.active,
    guest: raw.guest,
    teams: [...teams].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}
