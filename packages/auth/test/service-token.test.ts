import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import {
  issueUserToken,
  parseSignInRequest,
  Role,
  serviceTokenSecret,
  SignInError,
  signForwardedIdentity,
  signServiceToken,
  verifyForwardedIdentity,
  verifyServiceToken,
  verifyCallerToken,
  verifyUserToken,
  type ServiceIdentityName,
} from '../src/index.js';

const secret = 'a-test-service-secret-that-is-long-enough';
const userSecret = 'a-test-user-secret-that-is-long-enough-12';

describe('service tokens', () => {
  it('round-trips a service as a SERVICE user with a service: id and a Dutch name', async () => {
    const token = await signServiceToken({ service: 'inspection', secret });
    await expect(verifyServiceToken(token, secret)).resolves.toEqual({
      id: 'service:inspection',
      name: 'Toezicht en inspectie',
      role: 'SERVICE',
    });
  });

  it('lives five minutes', async () => {
    const token = await signServiceToken({ service: 'inspection', secret });
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { iat: number; exp: number; iss: string; aud: string };
    expect(payload.exp - payload.iat).toBe(300);
    expect(payload).toMatchObject({ iss: 'werkplek-service', aud: 'werkplek-gateway' });
  });

  it('refuses an expired token, another secret, and an unknown service', async () => {
    const expired = await signServiceToken({ service: 'inspection', secret, expiresIn: '-1s' });
    await expect(verifyServiceToken(expired, secret)).rejects.toThrow(/exp/);
    const other = await signServiceToken({ service: 'inspection', secret: `${secret}-other` });
    await expect(verifyServiceToken(other, secret)).rejects.toThrow();
    await expect(signServiceToken({ service: 'billing' as ServiceIdentityName, secret })).rejects.toThrow(/unknown service/);
    const forged = await new SignJWT({ service: 'billing' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('service:billing')
      .setIssuer('werkplek-service')
      .setAudience('werkplek-gateway')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(secret));
    await expect(verifyServiceToken(forged, secret)).rejects.toThrow(/no known service/);
  });

  it('is not a user token and a user token is not a service token', async () => {
    const service = await signServiceToken({ service: 'inspection', secret });
    await expect(verifyUserToken(service, secret)).rejects.toThrow(/iss/);
    const user = await issueUserToken({ id: 'u1', name: 'An', role: Role.AgencyStaff }, { secret });
    await expect(verifyServiceToken(user, secret)).rejects.toThrow(/iss/);
  });

  it('forwards to a subgraph with role SERVICE unchanged', async () => {
    const user = await verifyServiceToken(await signServiceToken({ service: 'inspection', secret }), secret);
    const forwarded = await signForwardedIdentity(user, { secret, audience: 'dual-learning' });
    await expect(verifyForwardedIdentity(forwarded, { secret, audience: 'dual-learning' })).resolves.toEqual({ user });
  });

  it('has its own secret with a development default distinct from the users\' one, and a real one in production', () => {
    expect(serviceTokenSecret({})).not.toBe('development-only-user-token-secret-do-not-use');
    expect(() => serviceTokenSecret({ NODE_ENV: 'production' })).toThrow(/WERKPLEK_SERVICE_SECRET/);
    expect(() => serviceTokenSecret({ WERKPLEK_SERVICE_SECRET: 'short' })).toThrow(/32/);
  });
});

describe('role SERVICE is never a person\'s', () => {
  it('refuses a user token claiming role SERVICE, even when signed with the users\' secret', async () => {
    const token = await new SignJWT({ name: 'Mallory', role: 'SERVICE' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('service:inspection')
      .setIssuer('werkplek-sign-in')
      .setAudience('werkplek-gateway')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(userSecret));
    await expect(verifyUserToken(token, userSecret)).rejects.toThrow(/SERVICE/);
  });

  it('does not issue a user token with role SERVICE', async () => {
    await expect(issueUserToken({ id: 'x', name: 'X', role: Role.Service }, { secret: userSecret })).rejects.toThrow(/SERVICE/);
  });

  it('refuses role SERVICE at the development sign-in (BAD_USER_INPUT) and does not offer it', () => {
    let error: unknown;
    try {
      parseSignInRequest({ role: 'SERVICE' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SignInError);
    expect((error as SignInError).code).toBe('BAD_USER_INPUT');
    expect((error as SignInError).message).not.toMatch(/SERVICE/);
  });
});

describe('a caller token at the gateway', () => {
  const secrets = { user: userSecret, service: secret };

  it('is a person\'s or a service\'s, each verified with its own secret', async () => {
    const person = await issueUserToken({ id: 'u1', name: 'An', role: Role.Inspector }, { secret: userSecret });
    await expect(verifyCallerToken(person, secrets)).resolves.toMatchObject({ role: 'INSPECTOR' });
    const service = await signServiceToken({ service: 'inspection', secret });
    await expect(verifyCallerToken(service, secrets)).resolves.toMatchObject({ id: 'service:inspection', role: 'SERVICE' });
  });

  it('refuses a service token signed with the users\' secret and a user token signed with the services\' secret', async () => {
    const service = await signServiceToken({ service: 'inspection', secret: userSecret });
    await expect(verifyCallerToken(service, secrets)).rejects.toThrow();
    const person = await issueUserToken({ id: 'u1', name: 'An', role: Role.AgencyStaff }, { secret });
    await expect(verifyCallerToken(person, secrets)).rejects.toThrow();
  });
});
