import { describe, expect, it } from 'vitest';
import { hasRole, isAgencyStaff, isCentreUser } from '../src/index.js';
import { STANDALONE_KEYS, readStandaloneSession, userFromToken } from '../src/standalone/devSession.js';

const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const token = (claims: Record<string, unknown>) => `${encode({ alg: 'HS256' })}.${encode(claims)}.signature`;

describe('roles', () => {
  it('checks the role of the user', () => {
    const user = { id: 'u1', name: 'An', role: 'CENTRE_USER' as const, centreId: 'c1' };
    expect(isCentreUser(user)).toBe(true);
    expect(isAgencyStaff(user)).toBe(false);
    expect(hasRole(user, 'AGENCY_STAFF', 'CENTRE_USER')).toBe(true);
    expect(hasRole(undefined, 'AGENCY_STAFF')).toBe(false);
  });
});

describe('standalone session', () => {
  it("reads the user from a token's claims", () => {
    expect(userFromToken(token({ sub: 'u1', name: 'Jan', role: 'CENTRE_USER', centreId: 'c1' }))).toEqual({ id: 'u1', name: 'Jan', role: 'CENTRE_USER', centreId: 'c1' });
    expect(userFromToken(token({ sub: 'u1', role: 'KING' }))).toBeUndefined();
    expect(userFromToken('garbage')).toBeUndefined();
  });

  it('reads the stored token', () => {
    localStorage.setItem(STANDALONE_KEYS.token, token({ sub: 'u2', name: 'Els', role: 'INSPECTOR' }));
    expect(readStandaloneSession()?.user.role).toBe('INSPECTOR');
    localStorage.clear();
    expect(readStandaloneSession()).toBeUndefined();
  });
});
