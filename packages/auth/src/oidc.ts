import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { Role, bindingOf, isRole, type User } from './user.js';

/**
 * Tokens of the agency's OpenID Connect provider (e.g. the Flemish government's ACM/IDM, or Keycloak): signed with the
 * provider's keys, published as a JWKS and fetched (and refreshed on an unknown `kid`) by jose's remote key set. We
 * check issuer, audience, expiry and not-before with a small clock skew, and accept only asymmetric algorithms, so a
 * token "signed" with the public key as an HMAC secret (algorithm confusion) or `alg: none` never passes.
 *
 * Which role and organisation a person has comes from claims the provider is configured to send; their names are
 * configurable because each provider names them differently. A token without a known role is refused: the platform
 * has no "signed in but nobody" user.
 */
export interface OidcSettings {
  /** The provider's issuer URL, exactly as in its tokens' `iss`. */
  issuer: string;
  /** Our client id / API audience, as in the tokens' `aud`. */
  audience: string;
  /** Where the signing keys are; default: `jwks_uri` from the issuer's `/.well-known/openid-configuration`. */
  jwksUri?: string;
  /** Accepted clock difference in seconds for `exp`/`nbf`/`iat` (default 60). */
  clockToleranceSeconds?: number;
  /**
   * After fetching the keys, how long an unknown `kid` is refused before the keys are fetched again (default 30 s), so
   * a flood of tokens with made-up key ids cannot make us hammer the provider.
   */
  keyRefetchCooldownSeconds?: number;
  /** Claim names (defaults: `werkplek_role`, `name`, `werkplek_centre_id`, `werkplek_partnership_id`, `werkplek_company_id`). */
  claims?: Partial<OidcClaimNames>;
}

export interface OidcClaimNames {
  role: string;
  name: string;
  centreId: string;
  partnershipId: string;
  companyId: string;
}

const defaultClaims: OidcClaimNames = {
  role: 'werkplek_role',
  name: 'name',
  centreId: 'werkplek_centre_id',
  partnershipId: 'werkplek_partnership_id',
  companyId: 'werkplek_company_id',
};

/** Asymmetric algorithms only (see above). */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export interface OidcVerifier {
  issuer: string;
  /** Verifies the token and maps its claims to a user; throws on any failure. */
  verify(token: string): Promise<User>;
}

/** Reads the JWKS address from the provider's discovery document (once, at the first token). */
async function discoverJwksUri(issuer: string): Promise<string> {
  const response = await fetch(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`OIDC discovery at ${issuer} answered ${response.status}`);
  const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  if (document.issuer !== issuer) throw new Error(`OIDC discovery names issuer ${String(document.issuer)}, expected ${issuer}`);
  if (typeof document.jwks_uri !== 'string') throw new Error(`OIDC discovery at ${issuer} has no jwks_uri`);
  return document.jwks_uri;
}

/** Maps verified claims to a user, by the configured claim names. */
export function userFromOidcClaims(payload: JWTPayload, names: OidcClaimNames): User {
  const role = payload[names.role];
  if (!isRole(role) || role === Role.Service) throw new Error('OIDC token carries no Werkplek role');
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new Error('OIDC token has no subject');
  const name = typeof payload[names.name] === 'string' ? (payload[names.name] as string) : payload.sub;
  const binding = bindingOf(role);
  if (!binding) return { id: payload.sub, name, role };
  const organisation = payload[names[binding]];
  if (typeof organisation !== 'string' || organisation === '') throw new Error(`OIDC token for ${role} names no ${binding}`);
  return { id: payload.sub, name, role, [binding]: organisation };
}

export function createOidcVerifier(settings: OidcSettings): OidcVerifier {
  const names = { ...defaultClaims, ...settings.claims };
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const keySet = () => {
    keys ??= (settings.jwksUri ? Promise.resolve(settings.jwksUri) : discoverJwksUri(settings.issuer)).then((uri) =>
      createRemoteJWKSet(new URL(uri), { timeoutDuration: 5_000, cooldownDuration: (settings.keyRefetchCooldownSeconds ?? 30) * 1000 }),
    );
    // A failed discovery is retried at the next token instead of being remembered for the life of the process.
    keys.catch(() => (keys = undefined));
    return keys;
  };
  return {
    issuer: settings.issuer,
    async verify(token) {
      const { payload } = await jwtVerify(token, await keySet(), {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: ALGORITHMS,
        clockTolerance: settings.clockToleranceSeconds ?? 60,
        requiredClaims: ['exp', 'sub'],
      });
      return userFromOidcClaims(payload, names);
    },
  };
}

/** The unverified issuer of a token, only to choose which verification applies. */
export function issuerOf(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}
