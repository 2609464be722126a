import type { RepositoryVisibility } from './repository-visibility.js';

/**
 * What may be written where people can read it. Mentoring is confidential: what someone wants
 * to learn, why they were paired and what their sessions covered are for the people in it and
 * those running the programme, not for everyone who can read a repository.
 */
export interface Disclosure {
  /** The visibility this was decided from, for saying why something is left out. */
  visibility: RepositoryVisibility;
  /** Session topics and outcomes; without them, sessions appear as counts. */
  sessionDetail: boolean;
  /** Why a pair was made (shared goals, skills, levels); without them, just who with whom. */
  pairReasons: boolean;
  /** Mentees' goals and preferred topics. */
  goals: boolean;
}

/**
 * Only a private repository is read by its own people alone. An internal one is readable by
 * the whole enterprise and a public one by everyone; one whose visibility is unknown is treated
 * like them, since showing too much cannot be undone and showing too little can.
 */
export function disclosure(visibility: RepositoryVisibility): Disclosure {
  const confidential = visibility === 'private';
  return {
    visibility,
    sessionDetail: confidential,
    pairReasons: confidential,
    goals: confidential,
  };
}
