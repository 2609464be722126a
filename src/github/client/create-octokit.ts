import { retry } from '@octokit/plugin-retry';
import { type ThrottlingOptions, throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { failFastWhenUnreachable } from './unreachable-host.js';

export const DEFAULT_API_URL = 'https://api.github.com';

// Typed as the plain Octokit: the plugins add nothing the callers use, and the inferred
// plugin type cannot be named in declaration files.
const ThrottledOctokit: typeof Octokit = Octokit.plugin(failFastWhenUnreachable, retry, throttling);
export type GitHubOctokit = Octokit;

export interface GitHubEndpoints {
  apiUrl: string;
  graphqlUrl: string;
}

export interface GitHubLog {
  debug?: (message: string) => unknown;
  info?: (message: string) => unknown;
  warn?: (message: string) => unknown;
  error?: (message: string) => unknown;
}

export interface RateLimitEvent {
  /** primary: the hourly budget is spent; secondary: GitHub asked us to slow down. */
  kind: 'primary' | 'secondary';
  retryAfterSeconds: number;
  method: string;
  url: string;
  /** Retries already made for this request. */
  retryCount: number;
}

/** Return true to wait `retryAfterSeconds` and retry, false to give up (the request fails). */
export type RateLimitHandler = (event: RateLimitEvent) => boolean;

const MAX_PRIMARY_RETRIES = 2;
const MAX_SECONDARY_RETRIES = 3;

/**
 * The URLs GitHub Actions (and GHE) put in the environment. Shells pass `process.env`;
 * adapters never read it themselves.
 */
export function githubEndpointsFromEnv(env: Record<string, string | undefined>): GitHubEndpoints {
  const apiUrl = checkUrl('GITHUB_API_URL', env.GITHUB_API_URL?.trim() || DEFAULT_API_URL);
  const graphqlRaw = env.GITHUB_GRAPHQL_URL?.trim();
  return {
    apiUrl,
    graphqlUrl: graphqlRaw ? checkUrl('GITHUB_GRAPHQL_URL', graphqlRaw) : deriveGraphqlUrl(apiUrl),
  };
}

/** github.com: https://api.github.com/graphql; GHE Server: https://HOST/api/v3 → https://HOST/api/graphql. */
export function deriveGraphqlUrl(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  if (/\/api\/v3$/.test(base)) return base.replace(/\/api\/v3$/, '/api/graphql');
  return `${base}/graphql`;
}

function checkUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${name}: expected a URL such as https://api.github.com, got ${JSON.stringify(value)}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name}: expected an http(s) URL, got ${JSON.stringify(value)}`);
  }
  return value.replace(/\/+$/, '');
}

/**
 * GitHub's documented policy: after the primary limit, wait until the reset and retry (at most
 * twice, then give up); after a secondary limit, wait `retry-after` (the plugin reads it).
 */
function defaultRateLimitHandler(log: GitHubLog): RateLimitHandler {
  return (event) => {
    const max = event.kind === 'primary' ? MAX_PRIMARY_RETRIES : MAX_SECONDARY_RETRIES;
    const retrying = event.retryCount < max;
    log.warn?.(
      `GitHub ${event.kind} rate limit on ${event.method} ${event.url}; ` +
        (retrying
          ? `retrying in ${event.retryAfterSeconds}s`
          : `giving up after ${event.retryCount} retries`),
    );
    return retrying;
  };
}

/** A stand-in for a Bottleneck group that runs jobs at once, for tests and simulations. */
const UNPACED = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(job(...args)),
  }),
} as unknown as NonNullable<ThrottlingOptions['write']>;

export interface CreateOctokitParams {
  token: string;
  apiUrl?: string;
  graphqlUrl?: string;
  /** Where Octokit's and the rate-limit handler's messages go (default: warnings and errors to the console). */
  log?: GitHubLog;
  /** false turns off retrying 5xx answers (for compare-and-swap writes); rate-limit waits stay. */
  retries?: boolean;
  onRateLimit?: RateLimitHandler;
  /**
   * For tests and simulations only: milliseconds per second of `retry-after` and of retry
   * back-off (default 1000), and whether GraphQL and write requests are spaced a second apart
   * as the throttling plugin does by default (default true).
   */
  timing?: { retryAfterBaseValue?: number; paceRequests?: boolean };
}

/** An Octokit with GitHub's throttling and retry policies, pointed at github.com or a GHE host. */
export function createOctokit(params: CreateOctokitParams): GitHubOctokit {
  if (!params.token?.trim()) {
    throw new Error(
      'token: expected a GitHub token (GITHUB_TOKEN or an installation token), got nothing',
    );
  }
  const apiUrl = checkUrl('apiUrl', params.apiUrl ?? DEFAULT_API_URL);
  const graphqlUrl = checkUrl('graphqlUrl', params.graphqlUrl ?? deriveGraphqlUrl(apiUrl));
  const log: GitHubLog = params.log ?? { warn: console.warn, error: console.error };
  const onRateLimit = params.onRateLimit ?? defaultRateLimitHandler(log);
  const baseValue = params.timing?.retryAfterBaseValue;
  const unpaced = params.timing?.paceRequests === false;
  const handler =
    (kind: RateLimitEvent['kind']) =>
    (
      retryAfterSeconds: number,
      options: { method: string; url: string },
      _o: unknown,
      retryCount: number,
    ) =>
      onRateLimit({
        kind,
        retryAfterSeconds,
        method: options.method,
        url: options.url,
        retryCount,
      });

  const octokit = new ThrottledOctokit({
    auth: params.token,
    baseUrl: apiUrl,
    log: {
      debug: (m: string) => log.debug?.(m),
      info: (m: string) => log.info?.(m),
      warn: (m: string) => log.warn?.(m),
      error: (m: string) => log.error?.(m),
    },
    retry: {
      enabled: params.retries !== false,
      ...(baseValue === undefined ? {} : { retryAfterBaseValue: baseValue }),
    },
    throttle: {
      onRateLimit: handler('primary'),
      onSecondaryRateLimit: handler('secondary'),
      ...(baseValue === undefined ? {} : { retryAfterBaseValue: baseValue }),
      ...(unpaced ? { write: UNPACED, search: UNPACED, notifications: UNPACED } : {}),
    },
  });
  octokit.graphql = octokit.graphql.defaults(graphqlTarget(graphqlUrl));
  return octokit;
}

/**
 * Keeps the path "/graphql" relative where possible: the throttling plugin recognises GraphQL
 * calls (and their RATE_LIMITED errors) by a path that starts with /graphql.
 */
function graphqlTarget(graphqlUrl: string): { baseUrl?: string; url: string } {
  if (graphqlUrl.endsWith('/graphql')) {
    return { baseUrl: graphqlUrl.slice(0, -'/graphql'.length), url: '/graphql' };
  }
  return { url: graphqlUrl };
}
