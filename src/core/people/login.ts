/**
 * GitHub logins as the product compares them. GitHub treats logins case-insensitively, and the
 * same login arrives spelled differently from webhooks, Linear mappings, config and people's
 * comments ("Alice", " alice", "alice" in NFD). Every comparison goes through `loginKey`, so
 * one person is one key everywhere; display keeps the person's own spelling.
 */

declare const loginKeyBrand: unique symbol;

/** A login in its comparison form: trimmed, NFC, lower-cased. Never shown to people. */
export type LoginKey = string & { readonly [loginKeyBrand]: true };

// Zero-width and direction-control characters: a login containing one looks valid in print
// but matches nobody, so it is refused rather than silently compared.
const INVISIBLE_CHARS =
  '[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]';
const INVISIBLE = new RegExp(INVISIBLE_CHARS, 'u');
const INVISIBLE_ALL = new RegExp(INVISIBLE_CHARS, 'gu');

/** The comparison key of a login (or of anything spelled like one, e.g. an app slug). */
export function loginKey(login: string): LoginKey {
  return login.trim().normalize('NFC').toLowerCase() as LoginKey;
}

/** True when two spellings name the same GitHub account. */
export function sameLogin(a: string, b: string): boolean {
  return loginKey(a) === loginKey(b);
}

/** True when `logins` names `login`, in any spelling. */
export function includesLogin(logins: Iterable<string>, login: string): boolean {
  const wanted = loginKey(login);
  for (const l of logins) if (loginKey(l) === wanted) return true;
  return false;
}

/** `a|b` for a directed pair of people, e.g. mentor then mentee. */
export function pairKey(first: string, second: string): string {
  return `${loginKey(first)}\u0000${loginKey(second)}`;
}

/** Why text cannot be a login, or null when it can. Shown after "login: ". */
export function loginProblem(text: string): string | null {
  if (INVISIBLE.test(text))
    return 'contains an invisible character (zero-width or direction mark); retype it';
  return null;
}

/**
 * The problem with a login a person typed (a `/session` mention, a `--mentor` option), quoted
 * with its invisible characters spelled out, or null when it has none. Said instead of "not a
 * valid login", which would leave them staring at a login that looks right.
 */
export function typedLoginProblem(text: string): string | null {
  const problem = loginProblem(text);
  return problem && `${revealInvisible(JSON.stringify(text))} ${problem}`;
}

/** Text with its invisible characters spelled out (\\u200b), for error messages. */
export function revealInvisible(text: string): string {
  return text.replace(
    INVISIBLE_ALL,
    (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
}

/** Text as it will be shown: trimmed and NFC, the person's own capitals kept. */
export function displayLogin(login: string): string {
  return login.trim().normalize('NFC');
}

/** Orders by login identity, then by spelling, in code-unit order (never the locale's). */
export function compareLogins(a: string, b: string): number {
  const [ka, kb] = [loginKey(a), loginKey(b)];
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A map keyed by login identity: `get("ALICE")` finds what `set("alice", …)` stored. The
 * first spelling stored is the one `keys()` and `displayOf` give back.
 */
export class LoginMap<V> {
  private readonly entries = new Map<LoginKey, { login: string; value: V }>();

  constructor(entries: Iterable<readonly [string, V]> = []) {
    for (const [login, value] of entries) this.set(login, value);
  }

  get size(): number {
    return this.entries.size;
  }

  get(login: string): V | undefined {
    return this.entries.get(loginKey(login))?.value;
  }

  has(login: string): boolean {
    return this.entries.has(loginKey(login));
  }

  set(login: string, value: V): this {
    const key = loginKey(login);
    const known = this.entries.get(key);
    this.entries.set(key, { login: known?.login ?? displayLogin(login), value });
    return this;
  }

  delete(login: string): boolean {
    return this.entries.delete(loginKey(login));
  }

  /** The first spelling stored for this person. */
  displayOf(login: string): string | undefined {
    return this.entries.get(loginKey(login))?.login;
  }

  *[Symbol.iterator](): IterableIterator<[string, V]> {
    for (const { login, value } of this.entries.values()) yield [login, value];
  }

  logins(): string[] {
    return [...this.entries.values()].map((e) => e.login);
  }

  values(): V[] {
    return [...this.entries.values()].map((e) => e.value);
  }
}

/** A LoginMap that a function only reads. */
export type ReadonlyLoginMap<V> = Omit<LoginMap<V>, 'set' | 'delete'>;

/** A set of people by login identity. */
export class LoginSet {
  private readonly map = new LoginMap<true>();

  constructor(logins: Iterable<string> = []) {
    for (const login of logins) this.add(login);
  }

  get size(): number {
    return this.map.size;
  }

  add(login: string): this {
    this.map.set(login, true);
    return this;
  }

  has(login: string): boolean {
    return this.map.has(login);
  }

  delete(login: string): boolean {
    return this.map.delete(login);
  }

  logins(): string[] {
    return this.map.logins();
  }
}
