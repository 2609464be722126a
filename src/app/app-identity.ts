import type { AppState } from './app-state.js';
import type { AppOctokit } from './github-types.js';

/**
 * The app's own slug, asked of GitHub once per process (GET /app, which the installation
 * client signs as the app) and remembered. When GitHub cannot say, `fallback` (the config's
 * help.appLogin) stands in, and the next event asks again.
 */
export async function resolveAppLogin(params: {
  octokit: AppOctokit;
  state: AppState;
  fallback: string;
}): Promise<string> {
  const { octokit, state } = params;
  if (state.appSlug) return state.appSlug;
  try {
    const { data } = await octokit.rest.apps.getAuthenticated();
    if (data?.slug) {
      state.appSlug = data.slug;
      return data.slug;
    }
  } catch {
    // Fall through: the configured login is the next best witness.
  }
  return params.fallback;
}
