import { useCallback, useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { App } from './App.js';
import type { IdentityProvider, SignInRequest } from './auth/identityProvider.js';
import type { Session } from './auth/session.js';
import type { SignInOptions } from './auth/signInOptions.js';
import type { Area } from './federation/areas.js';
import type { RemoteAppModule } from './federation/remotes.js';

export interface RootProps {
  client: ApolloClient;
  identity: IdentityProvider;
  loadSignInOptions: () => Promise<SignInOptions>;
  loadArea: (area: Area) => Promise<RemoteAppModule>;
}

/** Owns the session and the one ApolloProvider that the remotes render under. */
export function Root({ client, identity, loadSignInOptions, loadArea }: RootProps) {
  const [session, setSession] = useState<Session | undefined>(() => identity.currentSession());
  // Stable, so the sign-in form loads its lists once.
  const [loadOptions] = useState(() => loadSignInOptions);

  const signIn = useCallback(
    async (request: SignInRequest) => {
      const next = await identity.signIn(request);
      // Results fetched as another user (or anonymously) must not be shown to this one.
      await client.clearStore();
      setSession(next);
    },
    [client, identity],
  );

  const signOut = useCallback(async () => {
    await identity.signOut();
    await client.clearStore();
    setSession(undefined);
  }, [client, identity]);

  return (
    <ApolloProvider client={client}>
      <App session={session} onSignIn={signIn} onSignOut={signOut} loadSignInOptions={loadOptions} loadArea={loadArea} />
    </ApolloProvider>
  );
}
