import { DEFAULT_LINEAR_API_URL } from '../linear/create-linear-client.js';
import { UsageError } from './cli-io.js';

/** Where each service is reached, and the variable that says so, for "cannot reach" messages. */
export interface ServiceEndpoint {
  url: string;
  variable: string;
}

// What Node and undici say when the network, not the service, failed.
const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);
const NETWORK_TEXT =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)\b|fetch failed/;

/** The error and its causes, outermost first (fetch hides the reason in `cause`). */
function chain(error: unknown): unknown[] {
  const found: unknown[] = [];
  for (let e = error; e && found.length < 5; e = (e as { cause?: unknown }).cause) found.push(e);
  return found;
}

function isNetworkFailure(error: unknown): boolean {
  return chain(error).some((e) => {
    const code = (e as { code?: unknown }).code;
    return (
      (typeof code === 'string' && NETWORK_CODES.has(code)) ||
      NETWORK_TEXT.test(String((e as Error).message ?? ''))
    );
  });
}

/** The endpoint a failed request was sent to, by the request's own URL when it says. */
function endpointOf(error: unknown, endpoints: readonly ServiceEndpoint[]): ServiceEndpoint {
  const url = (error as { request?: { url?: string } }).request?.url ?? '';
  const text = chain(error)
    .map((e) => String((e as Error).message ?? ''))
    .join(' ');
  const byHost = endpoints.find((e) => {
    const host = URL.canParse(e.url) ? new URL(e.url).host : e.url;
    return url.includes(host) || text.includes(host);
  });
  return byHost ?? endpoints[0]!;
}

/**
 * What a service failure means for the person at the terminal: one line naming what to check,
 * instead of `getaddrinfo ENOTFOUND api.github.com` or a stack trace. `endpoints` come first
 * the one most likely meant when the error does not say (GitHub, then Linear).
 */
export function explainServiceFailure(params: {
  error: unknown;
  endpoints: readonly ServiceEndpoint[];
}): Error {
  const { error, endpoints } = params;
  if (error instanceof UsageError) return error;
  if (isNetworkFailure(error)) {
    const { url, variable } = endpointOf(error, endpoints);
    return new UsageError(`cannot reach ${url}: check the network or ${variable}`);
  }
  const status = (error as { status?: number }).status;
  const message = String((error as Error).message ?? error);
  if (status === 401)
    return new UsageError(
      'GitHub rejected GITHUB_TOKEN (401 Bad credentials): set it to a valid token with read:org scope',
    );
  if (status === 403 && /SSO|SAML/i.test(message))
    return new UsageError(
      'GITHUB_TOKEN is not authorised for this organisation’s SAML single sign-on: authorise it and retry',
    );
  if (status === 403)
    return new UsageError(
      `GitHub refused the request (403: ${message}): GITHUB_TOKEN needs read:org and access to the organisation`,
    );
  return error instanceof Error ? error : new Error(message);
}

/** The services `snapshot` reads, from the same variables the clients are made from. */
export function serviceEndpoints(env: Record<string, string | undefined>): ServiceEndpoint[] {
  const graphql = env.GITHUB_GRAPHQL_URL?.trim();
  return [
    { url: env.GITHUB_API_URL?.trim() || 'https://api.github.com', variable: 'GITHUB_API_URL' },
    ...(graphql ? [{ url: graphql, variable: 'GITHUB_GRAPHQL_URL' }] : []),
    { url: env.LINEAR_API_URL?.trim() || DEFAULT_LINEAR_API_URL, variable: 'LINEAR_API_URL' },
  ];
}
