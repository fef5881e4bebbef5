import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type CryptoKey } from 'jose';
import { createOidcVerifier, issueUserToken, verifyCallerToken, type OidcVerifier } from '../src/index.js';

/**
 * A real OpenID Connect provider's side over HTTP: a discovery document and a JWKS on a local server, tokens signed
 * with its RSA key. The verifier must find the keys by discovery, follow a key rotation, and refuse anything off.
 */
let server: Server;
let issuer: string;
let signingKey: CryptoKey;
let publicJwk: JWK;
let rotatedKey: CryptoKey;
let rotatedPublicJwk: JWK;
let publishedKeys: JWK[] = [];
let verifier: OidcVerifier;
const audience = 'werkplek';

function sign(claims: Record<string, unknown>, options: { key?: CryptoKey; kid?: string; issuer?: string; audience?: string; expiresIn?: string | number; alg?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? 'key-1' })
    .setIssuer(options.issuer ?? issuer)
    .setAudience(options.audience ?? audience)
    .setSubject('idm-0042')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(options.key ?? signingKey);
}

beforeAll(async () => {
  const first = await generateKeyPair('RS256', { extractable: true });
  signingKey = first.privateKey;
  publicJwk = { ...(await exportJWK(first.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  const second = await generateKeyPair('RS256', { extractable: true });
  rotatedKey = second.privateKey;
  // Published only later, in the rotation test.
  rotatedPublicJwk = { ...(await exportJWK(second.publicKey)), kid: 'key-2', alg: 'RS256', use: 'sig' };
  publishedKeys = [publicJwk];
  server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/realms/syntra/.well-known/openid-configuration') {
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/protocol/openid-connect/certs` }));
    } else if (req.url === '/realms/syntra/protocol/openid-connect/certs') {
      res.end(JSON.stringify({ keys: publishedKeys }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/syntra`;
  // No refetch cool-down here, so the rotation below is seen at once (the default 30 s would outlast the test).
  verifier = createOidcVerifier({ issuer, audience, clockToleranceSeconds: 30, keyRefetchCooldownSeconds: 0 });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('OIDC tokens', () => {
  it('maps a valid token of the provider to a user, found through discovery', async () => {
    const token = await sign({ name: 'An Peeters', werkplek_role: 'CENTRE_USER', werkplek_centre_id: 'centre-west' });
    await expect(verifier.verify(token)).resolves.toEqual({ id: 'idm-0042', name: 'An Peeters', role: 'CENTRE_USER', centreId: 'centre-west' });
  });

  it('refuses another issuer, another audience, an expired token and a token without a role or organisation', async () => {
    await expect(verifier.verify(await sign({ werkplek_role: 'AGENCY_STAFF' }, { issuer: 'https://evil.example' }))).rejects.toThrow();
    await expect(verifier.verify(await sign({ werkplek_role: 'AGENCY_STAFF' }, { audience: 'someone-else' }))).rejects.toThrow();
    const expired = await sign({ werkplek_role: 'AGENCY_STAFF' }, { expiresIn: Math.floor(Date.now() / 1000) - 120 });
    await expect(verifier.verify(expired)).rejects.toThrow(/exp/);
    await expect(verifier.verify(await sign({ name: 'Niemand' }))).rejects.toThrow(/role/);
    await expect(verifier.verify(await sign({ werkplek_role: 'CENTRE_USER' }))).rejects.toThrow(/centreId/);
    await expect(verifier.verify(await sign({ werkplek_role: 'SERVICE' }))).rejects.toThrow(/role/);
  });

  it('accepts a token that expired within the clock skew', async () => {
    const justExpired = await sign({ werkplek_role: 'AGENCY_STAFF' }, { expiresIn: Math.floor(Date.now() / 1000) - 10 });
    await expect(verifier.verify(justExpired)).resolves.toMatchObject({ role: 'AGENCY_STAFF' });
  });

  it('refuses a token signed with a key the provider does not publish, and HMAC tokens (algorithm confusion)', async () => {
    const stranger = await generateKeyPair('RS256');
    await expect(verifier.verify(await sign({ werkplek_role: 'AGENCY_STAFF' }, { key: stranger.privateKey }))).rejects.toThrow();
    // An attacker "signs" with the public key as an HMAC secret.
    const hmac = await new SignJWT({ werkplek_role: 'AGENCY_STAFF' })
      .setProtectedHeader({ alg: 'HS256', kid: 'key-1' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject('attacker')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(JSON.stringify(publicJwk)));
    await expect(verifier.verify(hmac)).rejects.toThrow();
  });

  it('follows a key rotation: a token with a new kid makes it fetch the keys again', async () => {
    publishedKeys = [publicJwk, rotatedPublicJwk];
    const token = await sign({ werkplek_role: 'INSPECTOR', name: 'Pieter De Smet' }, { key: rotatedKey, kid: 'key-2' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ role: 'INSPECTOR', name: 'Pieter De Smet' });
  });

  it('is one of the gateway\'s verifications: provider tokens by their issuer, development tokens only while that sign-in is on', async () => {
    const service = 'x'.repeat(40);
    const devSecret = 'd'.repeat(40);
    const provider = await sign({ werkplek_role: 'AGENCY_STAFF', name: 'Els Maes' });
    await expect(verifyCallerToken(provider, { service, oidc: verifier })).resolves.toMatchObject({ name: 'Els Maes' });
    const development = await issueUserToken({ id: 'u1', name: 'Test', role: 'AGENCY_STAFF' }, { secret: devSecret });
    await expect(verifyCallerToken(development, { service, user: devSecret, oidc: verifier })).resolves.toMatchObject({ id: 'u1' });
    await expect(verifyCallerToken(development, { service, oidc: verifier })).rejects.toThrow(/development/);
  });
});
