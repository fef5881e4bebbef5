import { useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { App } from './App.js';
import { devSignIn, type DevSignInRequest } from './auth/devSignIn.js';
import { clearSession, readSession, writeSession, type Session } from './auth/session.js';
import type { Area } from './federation/areas.js';
import type { RemoteAppModule } from './federation/remotes.js';

export interface RootProps {
  client: ApolloClient;
  gatewayUrl: string;
  loadArea: (area: Area) => Promise<RemoteAppModule>;
}

/** Owns the session and the one ApolloProvider that the remotes render under. */
export function Root({ client, gatewayUrl, loadArea }: RootProps) {
  const [session, setSession] = useState<Session | undefined>(() => readSession());

  const signIn = async (request: DevSignInRequest) => {
    const next = await devSignIn(gatewayUrl, request);
    writeSession(next);
    // Results fetched as another user (or anonymously) must not be shown to this one.
    await client.clearStore();
    setSession(next);
  };

  const signOut = () => {
    clearSession();
    void client.clearStore();
    setSession(undefined);
  };

  return (
    <ApolloProvider client={client}>
      <App session={session} onSignIn={signIn} onSignOut={signOut} loadArea={loadArea} />
    </ApolloProvider>
  );
}
