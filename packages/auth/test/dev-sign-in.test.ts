import { describe, expect, it } from 'vitest';
import { parseSignInRequest } from '../src/index.js';

const centreId = '4b0a6c1e-7d3f-4e55-9a1b-2c3d4e5f6a7b';

describe('parseSignInRequest: the chosen userId (development only)', () => {
  it('signs in as the seeded person when a userId is given', () => {
    expect(parseSignInRequest({ role: 'INSPECTOR', name: 'Pieter De Smet', userId: 'demo-inspector-pieter' }, { allowUserId: true })).toEqual({
      id: 'demo-inspector-pieter',
      name: 'Pieter De Smet',
      role: 'INSPECTOR',
    });
    expect(parseSignInRequest({ role: 'CENTRE_USER', centreId, userId: 'a:b_C-9' }, { allowUserId: true })).toMatchObject({
      id: 'a:b_C-9',
      centreId,
    });
  });

  it('makes up a new id without one', () => {
    const first = parseSignInRequest({ role: 'INSPECTOR' }, { allowUserId: true });
    const second = parseSignInRequest({ role: 'INSPECTOR' }, { allowUserId: true });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.id).not.toBe(second.id);
  });

  it.each([
    ['empty', ''],
    ['too long', 'x'.repeat(101)],
    ['a space', 'demo inspector'],
    ['a slash', 'demo/inspector'],
    ['a quote', 'demo"'],
    ['not a string', 42],
  ])('refuses a userId with %s', (_, userId) => {
    expect(() => parseSignInRequest({ role: 'INSPECTOR', userId }, { allowUserId: true })).toThrow(/Invalid userId/);
  });

  it('accepts exactly 100 characters', () => {
    expect(parseSignInRequest({ role: 'AGENCY_STAFF', userId: 'a'.repeat(100) }, { allowUserId: true }).id).toHaveLength(100);
  });

  it('refuses a userId where it is not allowed (production)', () => {
    expect(() => parseSignInRequest({ role: 'INSPECTOR', userId: 'demo-inspector-pieter' }, { allowUserId: false })).toThrow(
      /only accepted in development/,
    );
    expect(parseSignInRequest({ role: 'INSPECTOR' }, { allowUserId: false }).role).toBe('INSPECTOR');
  });

  it('allows it by default outside production', () => {
    expect(parseSignInRequest({ role: 'INSPECTOR', userId: 'demo-inspector-pieter' }).id).toBe('demo-inspector-pieter');
  });
});
