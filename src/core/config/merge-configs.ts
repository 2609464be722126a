const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Config files merged in order, later ones winning, as Probot merges an `_extends` chain:
 * objects merge key by key, everything else is replaced. Lists too: a repository that names its
 * own seniors means only those, not those added to the organisation's.
 */
export function mergeConfigs(configs: readonly unknown[]): unknown {
  return configs.reduce<unknown>((base, next) => merge(base, next), {});
}

function merge(base: unknown, next: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(next)) return next === undefined ? base : next;
  const out: Record<string, unknown> = { ...base };
  // Defined, not assigned: a `__proto__` key in a file stays a key (and an unknown setting).
  for (const [k, v] of Object.entries(next)) {
    const value = merge(Object.hasOwn(base, k) ? base[k] : undefined, v);
    Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * A file's settings without its `_extends`, which says where to read next and is no setting:
 * validation would otherwise call it unknown.
 */
export function splitExtends(data: Record<string, unknown>): {
  settings: Record<string, unknown>;
  extendsValue: unknown;
  hasExtends: boolean;
} {
  const { _extends: extendsValue, ...settings } = data;
  return { settings, extendsValue, hasExtends: '_extends' in data };
}

/** The value at `path`, or undefined where the path runs through something that is no object. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
