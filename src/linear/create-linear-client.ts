import { type Fetch, fetchLinearClient, type LinearClient } from './linear-client.js';

export const DEFAULT_LINEAR_API_URL = 'https://api.linear.app/graphql';

/**
 * A Linear client for a personal API key. The shell passes LINEAR_API_KEY and, optionally,
 * LINEAR_API_URL (a proxy or a local stand-in); adapters never read the environment.
 */
export function createLinearClient(params: {
  apiKey: string;
  apiUrl?: string | undefined;
  fetch?: Fetch | undefined;
}): LinearClient {
  const apiKey = params.apiKey.trim();
  if (!apiKey) {
    throw new Error(
      'LINEAR_API_KEY is empty: set it to a Linear personal API key (Settings → API)',
    );
  }
  const apiUrl = params.apiUrl?.trim() || DEFAULT_LINEAR_API_URL;
  checkApiUrl(apiUrl);
  return fetchLinearClient({ apiKey, apiUrl, fetch: params.fetch });
}

function checkApiUrl(apiUrl: string): void {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new Error(
      `LINEAR_API_URL: ${JSON.stringify(apiUrl)} is not a URL; use e.g. ${DEFAULT_LINEAR_API_URL} or unset it`,
    );
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new Error(
      `LINEAR_API_URL: ${JSON.stringify(apiUrl)} must use https (plain http only for localhost)`,
    );
  }
}
