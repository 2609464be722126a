import { loginKey } from '../people/login.js';
import type { SessionDraft } from './session-draft.js';
import type { SessionSource } from './session-schema.js';

/**
 * A stable id from where a session was logged: the same source always yields the same id.
 *
 *   issue  → `issue:owner/repo#12` or `issue:owner/repo#12/comment:345`
 *   import → `import:alice:<hash of the record's content>` (not its index: a second log, or the
 *            same log re-sorted, must neither collide with nor duplicate what came before)
 *   manual → `manual:<hash of the session's content>` (a manual source carries nothing else)
 *
 * Logins (by loginKey) and repositories are lower-cased: GitHub treats them case-insensitively.
 */
export function sessionId(params: { source: SessionSource; draft: SessionDraft }): string {
  const { source, draft } = params;
  switch (source.kind) {
    case 'issue': {
      const issue = `issue:${source.repository.toLowerCase()}#${source.issue}`;
      return source.comment === undefined ? issue : `${issue}/comment:${source.comment}`;
    }
    case 'import':
      return `import:${loginKey(draft.mentor)}:${fnv1a64(canonical(draft))}`;
    case 'manual':
      return `manual:${fnv1a64(canonical(draft))}`;
  }
}

function canonical(draft: SessionDraft): string {
  return JSON.stringify([
    loginKey(draft.mentor),
    draft.mentees.map(loginKey).sort(),
    draft.date,
    draft.durationMins,
    draft.topics,
    draft.outcome,
  ]);
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** FNV-1a over UTF-16 code units: a dependency-free, deterministic 64-bit hash. */
function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}
