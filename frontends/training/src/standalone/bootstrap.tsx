import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { SetContextLink } from '@apollo/client/link/context';
import '@werkplek/ui/styles.css';
import TrainingApp from '../App.js';
import { DEFAULT_BASE_PATH } from '../routing/router.js';
import { userFromToken } from '../session/trainingUser.js';

/**
 * Standalone development (README, "Standalone"): the app with its own ApolloClient against the gateway, signed in
 * with a token the developer put in localStorage under "werkplek.token". Not part of the remote the shell loads.
 */
const TOKEN_KEY = 'werkplek.token';
const gatewayUrl = localStorage.getItem('werkplek.gatewayUrl') ?? 'http://localhost:4000';
const token = localStorage.getItem(TOKEN_KEY) ?? undefined;

const authLink = new SetContextLink((previous) =>
  token ? { headers: { ...previous['headers'], Authorization: `Bearer ${token}` } } : {},
);
const client = new ApolloClient({ link: authLink.concat(new HttpLink({ uri: `${gatewayUrl}/graphql` })), cache: new InMemoryCache() });

if (!window.location.pathname.startsWith(DEFAULT_BASE_PATH)) window.history.replaceState(null, '', DEFAULT_BASE_PATH);

const container = document.getElementById('werkplek-training-standalone');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <main className="wp-main" id="inhoud">
          <h1>Ondernemersvorming (los ontwikkelen)</h1>
          {!token && (
            <p role="alert">
              Geen token: zet een token van /auth/dev-sign-in in localStorage onder &quot;{TOKEN_KEY}&quot; en herlaad de pagina.
            </p>
          )}
          <TrainingApp user={token ? userFromToken(token) : undefined} />
        </main>
      </ApolloProvider>
    </StrictMode>,
  );
}
