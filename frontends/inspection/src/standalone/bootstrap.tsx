import '@werkplek/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { SetContextLink } from '@apollo/client/link/context';
import { AppHeader, Layout } from '@werkplek/ui';
import App from '../App.js';

/**
 * Standalone development: the app without the shell. The gateway URL and the token come from localStorage
 * (`werkplek.standalone.gatewayUrl`, default http://localhost:4000; `werkplek.standalone.token`, a JWT from the
 * gateway's /auth/dev-sign-in). See the README.
 */
const gatewayUrl = localStorage.getItem('werkplek.standalone.gatewayUrl') ?? 'http://localhost:4000';
const authLink = new SetContextLink((previous) => {
  const token = localStorage.getItem('werkplek.standalone.token');
  return token ? { headers: { ...previous['headers'], Authorization: `Bearer ${token}` } } : {};
});
const client = new ApolloClient({ link: authLink.concat(new HttpLink({ uri: `${gatewayUrl}/graphql` })), cache: new InMemoryCache() });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <Layout header={<AppHeader title="Toezicht en inspectie (los)" />}>
          <h1>Toezicht en inspectie</h1>
          <App basePath="" />
        </Layout>
      </ApolloProvider>
    </StrictMode>,
  );
}
