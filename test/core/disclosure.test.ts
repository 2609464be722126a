import { describe, expect, it } from 'vitest';
import { disclosure } from '../../src/core/privacy/disclosure.js';
import { repositoryVisibility } from '../../src/core/privacy/repository-visibility.js';

describe('repository visibility', () => {
  it('takes visibility when GitHub sends it, else the private flag, else unknown', () => {
    expect(repositoryVisibility({ private: true, visibility: 'private' })).toBe('private');
    expect(repositoryVisibility({ private: true, visibility: 'internal' })).toBe('internal');
    expect(repositoryVisibility({ private: false, visibility: 'public' })).toBe('public');
    expect(repositoryVisibility({ private: true })).toBe('private');
    expect(repositoryVisibility({ private: false, visibility: null })).toBe('public');
    expect(repositoryVisibility({})).toBe('unknown');
    expect(repositoryVisibility(null)).toBe('unknown');
    expect(repositoryVisibility(undefined)).toBe('unknown');
  });

  it('never reads a visibility it does not know as private, though private: true comes with it', () => {
    expect(repositoryVisibility({ private: true, visibility: 'enterprise-wide' })).toBe('unknown');
  });
});

describe('what may be shown', () => {
  it('shows session detail, pair reasons and goals in a private repository only', () => {
    expect(disclosure('private')).toEqual({
      visibility: 'private',
      sessionDetail: true,
      pairReasons: true,
      goals: true,
    });
    for (const visibility of ['public', 'internal', 'unknown'] as const) {
      expect(disclosure(visibility)).toEqual({
        visibility,
        sessionDetail: false,
        pairReasons: false,
        goals: false,
      });
    }
  });
});
