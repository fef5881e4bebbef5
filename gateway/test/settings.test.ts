import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { securityFromEnv } from '../src/security/settings.js';
import { gatewayWorkers } from '../src/workers.js';

const secrets = {
  WERKPLEK_JWT_SECRET: 'a-production-user-secret-from-the-vault-0001',
  WERKPLEK_SERVICE_SECRET: 'a-production-service-secret-from-the-vault-01',
  WERKPLEK_GATEWAY_SECRET: 'a-production-gateway-secret-from-the-vault-01',
};
const oidc = { WERKPLEK_OIDC_ISSUER: 'https://idp.syntra.example/realms/werkplek', WERKPLEK_OIDC_AUDIENCE: 'werkplek' };

describe('the gateway\'s security settings', () => {
  it('start with no configuration outside production: development sign-in on, defaults for the limits', () => {
    const security = securityFromEnv({});
    expect(security).toMatchObject({ devSignIn: true, rateLimitPerMinute: 600, subgraphTimeoutMs: 10_000, trustedProxies: 0 });
    expect(security.oidc).toBeUndefined();
  });

  it('refuse to start in production with the development sign-in, without an identity provider, or with development or missing secrets', () => {
    expect(() => securityFromEnv({ NODE_ENV: 'production', ...secrets, ...oidc, WERKPLEK_DEV_SIGN_IN: 'true' })).toThrow(/DEV_SIGN_IN/);
    expect(() => securityFromEnv({ NODE_ENV: 'production', ...secrets })).toThrow(/OIDC_ISSUER/);
    expect(() => securityFromEnv({ NODE_ENV: 'production', ...oidc })).toThrow(/must be set/);
    expect(() =>
      securityFromEnv({ NODE_ENV: 'production', ...secrets, ...oidc, WERKPLEK_JWT_SECRET: 'development-only-user-token-secret-do-not-use' }),
    ).toThrow(/development default/);
    expect(() => securityFromEnv({ ...oidc, WERKPLEK_OIDC_AUDIENCE: '' })).toThrow(/AUDIENCE/);
  });

  it('start in production with real secrets and a provider, development sign-in off', () => {
    const security = securityFromEnv({ NODE_ENV: 'production', ...secrets, ...oidc, WERKPLEK_RATE_LIMIT_PER_MINUTE: '120', WERKPLEK_TRUSTED_PROXIES: '1' });
    expect(security).toMatchObject({ devSignIn: false, rateLimitPerMinute: 120, trustedProxies: 1 });
    expect(security.oidc?.issuer).toBe(oidc.WERKPLEK_OIDC_ISSUER);
  });

  it('refuse malformed numbers and flags instead of guessing', () => {
    expect(() => securityFromEnv({ WERKPLEK_RATE_LIMIT_PER_MINUTE: 'veel' })).toThrow(/RATE_LIMIT/);
    expect(() => securityFromEnv({ WERKPLEK_SUBGRAPH_TIMEOUT_MS: '0' })).toThrow(/TIMEOUT/);
    expect(() => securityFromEnv({ WERKPLEK_DEV_SIGN_IN: 'misschien' })).toThrow(/DEV_SIGN_IN/);
  });
});

describe('WERKPLEK_GATEWAY_WORKERS', () => {
  it('is one process by default, a number, or one per core with "auto"; anything else stops the start', () => {
    expect(gatewayWorkers(undefined)).toBe(1);
    expect(gatewayWorkers('3')).toBe(3);
    expect(gatewayWorkers('auto')).toBe(availableParallelism());
    for (const wrong of ['0', '-1', '1.5', 'veel', '65']) expect(() => gatewayWorkers(wrong)).toThrow(/WERKPLEK_GATEWAY_WORKERS/);
  });
});
