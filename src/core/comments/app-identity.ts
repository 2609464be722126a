import { helpSchema } from '../config/config-schema.js';
import { loginKey } from '../people/login.js';

/** help.appLogin's default: the slug the app is registered under from app.yml. */
export const DEFAULT_APP_LOGIN: string = helpSchema.parse({}).appLogin;

/**
 * One spelling for an app's login: REST calls it `<slug>[bot]`, GraphQL's `Bot.login` the bare
 * slug, and GitHub compares logins case-insensitively.
 */
export function normaliseAppLogin(login: string): string {
  return loginKey(login.trim().replace(/\[bot\]$/i, ''));
}

/**
 * True when an author is the app whose slug is `appLogin`: a Bot account (REST `type: "Bot"`,
 * GraphQL `__typename: "Bot"`) with that login in either spelling. Being a bot is required too:
 * a person may well have registered the bare slug as their own login.
 */
export function isAppAuthor(params: {
  login: string | null | undefined;
  isBot: boolean;
  appLogin: string;
}): boolean {
  const { login, appLogin } = params;
  if (!params.isBot || !login) return false;
  return normaliseAppLogin(login) === normaliseAppLogin(appLogin);
}
