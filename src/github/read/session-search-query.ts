const ORG_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9._-]{1,100}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// GitHub label names are at most 50 characters; a quote or a line break cannot be expressed
// inside a quoted search term, so such a label could widen the search instead of narrowing it.
const LABEL_LIMIT = 50;

/** Throws naming the field when a part is not safe to put into a search query. */
export function checkSearchParts(params: {
  label: string;
  org?: string;
  repository?: string;
}): void {
  const { label, org, repository } = params;
  if (!label.trim() || label.length > LABEL_LIMIT || /["\\\p{Cc}]/u.test(label)) {
    throw new Error(
      `label: ${JSON.stringify(label)} cannot be searched for; expected 1–${LABEL_LIMIT} characters ` +
        'without quotes, backslashes or line breaks (labels.seniorHelp)',
    );
  }
  if ((org === undefined) === (repository === undefined)) {
    throw new Error('org, repository: expected exactly one of them (an org login or "owner/name")');
  }
  if (org !== undefined && !ORG_LOGIN.test(org)) {
    throw new Error(`org: ${JSON.stringify(org)} is not a GitHub organization login (e.g. "acme")`);
  }
  if (repository !== undefined && !REPOSITORY.test(repository)) {
    throw new Error(`repository: expected "owner/name", got ${JSON.stringify(repository)}`);
  }
}

export function checkDay(field: string, value: string): void {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new Error(`${field}: expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
}

/** e.g. `is:issue label:"senior-help-sessions" org:acme updated:2024-01-01..2024-06-30`. */
export function sessionSearchQuery(params: {
  label: string;
  org?: string;
  repository?: string;
  since: string;
  until: string;
}): string {
  checkSearchParts(params);
  checkDay('since', params.since);
  checkDay('until', params.until);
  const scope = params.org !== undefined ? `org:${params.org}` : `repo:${params.repository}`;
  return `is:issue label:"${params.label}" ${scope} updated:${params.since}..${params.until}`;
}
