/**
 * The Linear API as this project uses it: one POST of a hand-written GraphQL document per page
 * (see linear-documents.ts). A small typed client over `fetch` rather than @linear/sdk, whose
 * generated models made up half of the Action's bundle and none of which were used.
 */
export interface LinearClient {
  readonly options: { readonly apiUrl: string };
  /** Resolves with `data` when Linear answered it without errors; throws otherwise. */
  request: <Data>(params: { query: string; variables: Record<string, unknown> }) => Promise<Data>;
}

/** One entry of a GraphQL response's `errors`, with the extensions Linear adds. */
export interface LinearGraphQLError {
  message?: string;
  extensions?: {
    /** e.g. "authentication error", "forbidden", "ratelimited". */
    type?: string;
    /** e.g. "AUTHENTICATION_ERROR", "RATELIMITED". */
    code?: string;
    userPresentableMessage?: string;
  };
}

/** Linear answered, but not with data: an HTTP error, GraphQL errors, or a body that is not JSON. */
export class LinearResponseError extends Error {
  readonly status: number;
  readonly errors: readonly LinearGraphQLError[];
  readonly headers: Headers;

  constructor(params: {
    status: number;
    errors: readonly LinearGraphQLError[];
    headers: Headers;
    body: string;
  }) {
    const first = params.errors[0];
    const text = params.body.trim().slice(0, 200);
    super(
      first?.extensions?.userPresentableMessage ??
        first?.message ??
        `HTTP ${params.status}${text ? `: ${text}` : ''}`,
    );
    this.name = 'LinearResponseError';
    this.status = params.status;
    this.errors = params.errors;
    this.headers = params.headers;
  }
}

export type Fetch = typeof globalThis.fetch;

/** A client that sends a personal API key (Linear takes it bare, without "Bearer"). */
export function fetchLinearClient(params: {
  apiKey: string;
  apiUrl: string;
  fetch?: Fetch | undefined;
}): LinearClient {
  const { apiKey, apiUrl } = params;
  const send = params.fetch ?? globalThis.fetch;
  return {
    options: { apiUrl },
    async request<Data>({
      query,
      variables,
    }: {
      query: string;
      variables: Record<string, unknown>;
    }) {
      const response = await send(apiUrl, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          Authorization: apiKey,
          'User-Agent': 'mentorship-bot',
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.text();
      const parsed = parseJson(body);
      const errors = Array.isArray(parsed?.errors) ? (parsed.errors as LinearGraphQLError[]) : [];
      if (response.ok && parsed && parsed.data != null && errors.length === 0) {
        return parsed.data as Data;
      }
      throw new LinearResponseError({
        status: response.status,
        errors,
        headers: response.headers,
        body: parsed ? '' : body,
      });
    },
  };
}

function parseJson(body: string): { data?: unknown; errors?: unknown } | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null ? value : null;
  } catch {
    return null;
  }
}
