import { devSignIn, type DevSignInRequest } from './devSignIn.js';
import { clearSession, readSession, writeSession, type Session } from './session.js';

/** What the sign-in form asks for, plus the chosen organisation's name for the header (never sent). */
export interface SignInRequest extends DevSignInRequest {
  organisationName?: string;
}

/**
 * How the shell signs people in. The shell only talks to this interface, so the development sign-in can be replaced
 * by the agency's OIDC provider (see README, "Replacing the development sign-in") without touching pages or remotes.
 */
export interface IdentityProvider {
  /** Signs in; rejects with an Error whose message is Dutch and can be shown as-is. */
  signIn(request: SignInRequest): Promise<Session>;
  signOut(): Promise<void>;
  /** The session of this tab, if any (e.g. after a reload). */
  currentSession(): Session | undefined;
}

/** Development implementation: the gateway's /auth/dev-sign-in trusts the chosen role; the session lives in sessionStorage. */
export class DevIdentityProvider implements IdentityProvider {
  constructor(
    private readonly gatewayUrl: string,
    private readonly storage: Storage = sessionStorage,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async signIn({ organisationName, ...request }: SignInRequest): Promise<Session> {
    const session = await devSignIn(this.gatewayUrl, request, this.fetchImpl);
    const withName: Session = organisationName ? { ...session, user: { ...session.user, organisationName } } : session;
    writeSession(withName, this.storage);
    return withName;
  }

  async signOut(): Promise<void> {
    clearSession(this.storage);
  }

  currentSession(): Session | undefined {
    return readSession(this.storage);
  }
}
