import { createOidcVerifier, gatewaySecret, serviceTokenSecret, userTokenSecret, type OidcVerifier } from '@werkplek/auth';
import { isProduction, readOptional } from '@werkplek/config';

/**
 * Who may call the gateway and how much: read once at start from the environment (see the README's security
 * section). In production the gateway refuses to start with anything meant for development: the development sign-in,
 * no identity provider, or a missing, short or development secret.
 */
export interface GatewaySecurity {
  /** The development sign-in (and acceptance of its tokens): on by default outside production, never in production. */
  devSignIn: boolean;
  /** Secret of the development sign-in's tokens. */
  userSecret: string;
  /** Secret of the services' tokens (service → gateway). */
  serviceSecret: string;
  /** Secret of the identity the gateway forwards to the subgraphs. */
  forwardSecret: string;
  /** The agency's OpenID Connect provider; required in production. */
  oidc?: OidcVerifier;
  /** Requests per minute per signed-in user, or per IP address for anonymous callers. */
  rateLimitPerMinute: number;
  /** How long the gateway waits for a subgraph before answering without its part. */
  subgraphTimeoutMs: number;
  /**
   * How many proxies (ingress, load balancer) stand before the gateway and may be believed about the caller's address
   * (X-Forwarded-For), for the per-IP rate limit; 0 = none, the connection's own address counts.
   */
  trustedProxies: number;
}

export class InsecureConfigurationError extends Error {}

type Env = Record<string, string | undefined>;

function readWholeNumber(name: string, fallback: number, env: Env, minimum = 1): number {
  const text = readOptional(name, env);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) throw new InsecureConfigurationError(`${name} must be a whole number of at least ${minimum}, got "${text}"`);
  return value;
}

function readFlag(name: string, env: Env): boolean | undefined {
  const text = readOptional(name, env)?.toLowerCase();
  if (text === undefined) return undefined;
  if (['1', 'true', 'ja', 'on'].includes(text)) return true;
  if (['0', 'false', 'nee', 'off'].includes(text)) return false;
  throw new InsecureConfigurationError(`${name} must be true or false, got "${text}"`);
}

/** The OIDC provider from WERKPLEK_OIDC_*; undefined when no issuer is set. */
export function oidcFromEnv(env: Env = process.env): OidcVerifier | undefined {
  const issuer = readOptional('WERKPLEK_OIDC_ISSUER', env);
  if (!issuer) return undefined;
  const audience = readOptional('WERKPLEK_OIDC_AUDIENCE', env);
  if (!audience) throw new InsecureConfigurationError('WERKPLEK_OIDC_AUDIENCE must be set with WERKPLEK_OIDC_ISSUER');
  const claim = (name: string) => readOptional(`WERKPLEK_OIDC_${name}_CLAIM`, env);
  const claims = {
    role: claim('ROLE'),
    name: claim('NAME'),
    centreId: claim('CENTRE'),
    partnershipId: claim('PARTNERSHIP'),
    companyId: claim('COMPANY'),
  };
  return createOidcVerifier({
    issuer,
    audience,
    jwksUri: readOptional('WERKPLEK_OIDC_JWKS_URI', env),
    clockToleranceSeconds: readWholeNumber('WERKPLEK_OIDC_CLOCK_TOLERANCE_SECONDS', 60, env),
    claims: Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined)),
  });
}

export function securityFromEnv(env: Env = process.env): GatewaySecurity {
  const production = isProduction(env);
  const devSignIn = readFlag('WERKPLEK_DEV_SIGN_IN', env) ?? !production;
  const oidc = oidcFromEnv(env);
  if (production && devSignIn) {
    throw new InsecureConfigurationError('WERKPLEK_DEV_SIGN_IN cannot be on when NODE_ENV=production: anyone could sign in as anyone');
  }
  if (production && !oidc) {
    throw new InsecureConfigurationError('WERKPLEK_OIDC_ISSUER and WERKPLEK_OIDC_AUDIENCE must be set when NODE_ENV=production');
  }
  return {
    devSignIn,
    // readSecret refuses a missing, short or development secret in production.
    userSecret: userTokenSecret(env),
    serviceSecret: serviceTokenSecret(env),
    forwardSecret: gatewaySecret(env),
    ...(oidc ? { oidc } : {}),
    rateLimitPerMinute: readWholeNumber('WERKPLEK_RATE_LIMIT_PER_MINUTE', 600, env),
    subgraphTimeoutMs: readWholeNumber('WERKPLEK_SUBGRAPH_TIMEOUT_MS', 10_000, env),
    trustedProxies: readWholeNumber('WERKPLEK_TRUSTED_PROXIES', 0, env, 0),
  };
}
