import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { refetchOnStaleRecord } from '../forms/staleRecords.js';
import { sendExpectedVersions } from '../forms/expectedVersions.js';
import type { RemoteAppProps } from '../session/user.js';
import { STANDALONE_KEYS, standaloneGatewayUrl } from './devSession.js';
import { StandalonePage } from './StandalonePage.js';

export interface StandaloneOptions {
  App: ComponentType<RemoteAppProps>;
  title: string;
  /** The area's path in the shell, so deep links are the same as in the platform. */
  basePath: string;
  /** Where to go when the page opens outside the area (e.g. "/aanvragen"). */
  startPath?: string;
  /** The element to render into (default "root"). */
  rootId?: string;
}

export { userFromToken, readStandaloneSession, STANDALONE_KEYS } from './devSession.js';

/**
 * Standalone development of one remote (the "each remote also runs on its own"): its own ApolloClient against
 * the gateway, with the token of the gateway's development sign-in, and the App rendered as the shell renders it.
 * Call it from the app's asynchronous bootstrap, so the shared modules are negotiated first. Never part of the remote
 * the shell loads.
 */
export function startStandalone({ App, title, basePath, startPath = '', rootId = 'root' }: StandaloneOptions): void {
  const client = new ApolloClient({
    link: refetchOnStaleRecord().concat(sendExpectedVersions()).concat(new SetContextLink((previous) => {
      // Read per request: signing in or out needs no new client.
      const token = localStorage.getItem(STANDALONE_KEYS.token);
      return token ? { headers: { ...previous['headers'], Authorization: `Bearer ${token}` } } : {};
    })).concat(new HttpLink({ uri: `${standaloneGatewayUrl()}/graphql` })),
    cache: new InMemoryCache(),
  });
  const { pathname } = window.location;
  if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) window.history.replaceState(null, '', `${basePath}${startPath}`);
  const container = document.getElementById(rootId);
  if (!container) throw new Error(`startStandalone: no element #${rootId}`);
  createRoot(container).render(
    <StrictMode>
      <StandalonePage App={App} title={title} basePath={basePath} client={client} />
    </StrictMode>,
  );
}
