import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareLogins,
  displayLogin,
  includesLogin,
  LoginMap,
  LoginSet,
  loginKey,
  loginProblem,
  sameLogin,
  typedLoginProblem,
} from '../../src/core/people/login.js';

describe('login identity', () => {
  it('treats case, surrounding space and Unicode normal forms as one person', () => {
    expect(sameLogin('Alice', ' alice ')).toBe(true);
    expect(sameLogin('Ame\u0301lie', 'am\u00e9lie')).toBe(true);
    expect(sameLogin('alice', 'alicia')).toBe(false);
    expect(includesLogin(['Bob', 'ALICE'], 'alice')).toBe(true);
  });

  it('refuses invisible characters, which look valid in print but match nobody', () => {
    expect(loginProblem('ali\u200bce')).toMatch(/invisible character/);
    expect(loginProblem('\u202ealice')).toMatch(/invisible character/);
    expect(loginProblem('alice')).toBeNull();
    expect(typedLoginProblem('@ali\u200bce')).toBe(
      '"@ali\\u200bce" contains an invisible character (zero-width or direction mark); retype it',
    );
    expect(typedLoginProblem('@alice')).toBeNull();
  });

  it('orders by identity, then by spelling, the same on every machine', () => {
    expect(['bob', 'Zed', 'Alice', 'alice'].sort(compareLogins)).toEqual([
      'Alice',
      'alice',
      'bob',
      'Zed',
    ]);
  });

  it('keeps the first spelling for display and finds it under any spelling', () => {
    const m = new LoginMap([['Alice', 1]]);
    m.set('ALICE', 2);
    expect(m.get(' alice')).toBe(2);
    expect(m.logins()).toEqual(['Alice']);
    expect(m.displayOf('alice')).toBe('Alice');
    expect(displayLogin(' Alice ')).toBe('Alice');
    const s = new LoginSet(['Bob', 'bob', 'BOB']);
    expect(s.size).toBe(1);
    expect(s.has('bOb')).toBe(true);
  });

  it('is idempotent: a key is its own key', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(loginKey(loginKey(s))).toBe(loginKey(s));
      }),
    );
  });
});
