import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import {
  issueUserToken,
  parseSignInRequest,
  Role,
  signForwardedIdentity,
  verifyForwardedIdentity,
  verifyUserToken,
} from '../src/index.js';

const secret = 'a-test-secret-that-is-long-enough-1234';
const centreId = '4b0a6c1e-7d3f-4e55-9a1b-2c3d4e5f6a7b';

describe('user tokens', () => {
  it('round-trips a centre user with the centre binding', async () => {
    const token = await issueUserToken({ id: 'u1', name: 'An', role: Role.CentreUser, centreId }, { secret });
    await expect(verifyUserToken(token, secret)).resolves.toEqual({
      id: 'u1',
      name: 'An',
      role: 'CENTRE_USER',
      centreId,
    });
  });

  it('refuses a token signed with another secret', async () => {
    const token = await issueUserToken({ id: 'u1', name: 'An', role: Role.Inspector }, { secret });
    await expect(verifyUserToken(token, `${secret}-other`)).rejects.toThrow();
  });

  it('refuses an expired token', async () => {
    const token = await issueUserToken({ id: 'u1', name: 'An', role: Role.Inspector }, { secret, expiresIn: '-1s' });
    await expect(verifyUserToken(token, secret)).rejects.toThrow(/exp/);
  });

  it('refuses a token with an unknown role', async () => {
    const token = await new SignJWT({ name: 'X', role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('werkplek-sign-in')
      .setAudience('werkplek-gateway')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));
    await expect(verifyUserToken(token, secret)).rejects.toThrow(/role/);
  });
});

describe('bound roles', () => {
  it('carries the partnership of partnership staff and the company of a company user', async () => {
    const staff = parseSignInRequest({ role: 'PARTNERSHIP_STAFF', partnershipId: centreId });
    expect(staff).toMatchObject({ role: 'PARTNERSHIP_STAFF', partnershipId: centreId, name: 'Medewerker partnerschap' });
    const token = await issueUserToken(staff, { secret });
    await expect(verifyUserToken(token, secret)).resolves.toMatchObject({ partnershipId: centreId });
    const company = parseSignInRequest({ role: 'COMPANY_USER', companyId: centreId });
    const companyToken = await issueUserToken(company, { secret });
    await expect(verifyUserToken(companyToken, secret)).resolves.toMatchObject({ role: 'COMPANY_USER', companyId: centreId });
  });
});

describe('forwarded identity', () => {
  it('carries a user to the subgraph it was signed for', async () => {
    const token = await signForwardedIdentity({ id: 'u2', name: 'Bo', role: Role.AgencyStaff }, { secret, audience: 'training' });
    await expect(verifyForwardedIdentity(token, { secret, audience: 'training' })).resolves.toEqual({
      user: { id: 'u2', name: 'Bo', role: 'AGENCY_STAFF' },
    });
  });

  it('carries an anonymous caller as null', async () => {
    const token = await signForwardedIdentity(null, { secret, audience: 'training' });
    await expect(verifyForwardedIdentity(token, { secret, audience: 'training' })).resolves.toEqual({ user: null });
  });

  it('cannot be replayed at another subgraph', async () => {
    const token = await signForwardedIdentity(null, { secret, audience: 'training' });
    await expect(verifyForwardedIdentity(token, { secret, audience: 'inspection' })).rejects.toThrow(/aud/);
  });

  it('is not accepted when signed with the users\' secret or another key', async () => {
    const token = await signForwardedIdentity(null, { secret: `${secret}-x`, audience: 'training' });
    await expect(verifyForwardedIdentity(token, { secret, audience: 'training' })).rejects.toThrow();
  });
});

describe('development sign-in request', () => {
  it('binds a centre user to a centre', () => {
    expect(parseSignInRequest({ role: 'CENTRE_USER', centreId, name: 'Els' })).toMatchObject({
      role: 'CENTRE_USER',
      centreId,
      name: 'Els',
    });
  });
  it('refuses a centre user without a centre, an unknown role and a stray centre', () => {
    expect(() => parseSignInRequest({ role: 'CENTRE_USER' })).toThrow(/centre/);
    expect(() => parseSignInRequest({ role: 'ROOT' })).toThrow(/Unknown role/);
    expect(() => parseSignInRequest({ role: 'INSPECTOR', centreId })).toThrow(/does not belong/);
    expect(() => parseSignInRequest({ role: 'PARTNERSHIP_STAFF', centreId })).toThrow(/does not belong/);
    expect(() => parseSignInRequest({ role: 'PARTNERSHIP_STAFF' })).toThrow(/Choose a partnership/);
    expect(() => parseSignInRequest('x')).toThrow(/Invalid request/);
  });
});
