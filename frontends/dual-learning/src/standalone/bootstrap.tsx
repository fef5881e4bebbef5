import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { SetContextLink } from '@apollo/client/link/context';
import { Alert, Button } from '@werkplek/ui';
import '@werkplek/ui/styles.css';
import App from '../App.js';
import { AREA_BASE } from '../routing/router.js';
import type { AppUser } from '../shared/user.js';

// Standalone development only: the shell owns sign-in and the ApolloClient in the real page.
const GATEWAY = 'http://localhost:4000';
const TOKEN_KEY = 'werkplek.dev.token';
const USER_KEY = 'werkplek.dev.user';

function storedUser(): AppUser | undefined {
  try {
    const raw = localStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as AppUser) : undefined;
  } catch {
    return undefined;
  }
}

const client = new ApolloClient({
  link: new SetContextLink((context) => {
    const token = localStorage.getItem(TOKEN_KEY);
    return token ? { headers: { ...context['headers'], Authorization: `Bearer ${token}` } } : {};
  }).concat(new HttpLink({ uri: `${GATEWAY}/graphql` })),
  cache: new InMemoryCache(),
});

function Standalone() {
  const [user, setUser] = useState(storedUser);
  const [error, setError] = useState<string>();
  async function signIn() {
    try {
      const response = await fetch(`${GATEWAY}/auth/dev-sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ role: 'AGENCY_STAFF' }) });
      const body = (await response.json()) as { token?: string; user?: AppUser };
      if (!response.ok || !body.token || !body.user) throw new Error(`HTTP ${response.status}`);
      localStorage.setItem(TOKEN_KEY, body.token);
      localStorage.setItem(USER_KEY, JSON.stringify(body.user));
      setUser(body.user);
    } catch (caught) {
      setError(`Aanmelden bij ${GATEWAY} is mislukt (${String(caught)}). Staat WERKPLEK_CORS_ORIGINS open voor deze pagina?`);
    }
  }
  return (
    <main className="wp-layout__main" style={{ padding: '1rem 2rem' }}>
      <h1>Duaal leren (losse ontwikkelmodus)</h1>
      {!user && (
        <>
          <p>Nog niet aangemeld: gebruik de ontwikkelaanmelding van de gateway, of zet zelf een token in localStorage ({TOKEN_KEY}).</p>
          <Button onClick={() => void signIn()}>Aanmelden als agentschapsmedewerker</Button>
          {error && <Alert>{error}</Alert>}
        </>
      )}
      {user && (
        <ApolloProvider client={client}>
          <App user={user} />
        </ApolloProvider>
      )}
    </main>
  );
}

if (!window.location.pathname.startsWith(AREA_BASE)) window.history.replaceState(null, '', `${AREA_BASE}/aanvragen`);
const container = document.getElementById('root');
if (container) createRoot(container).render(<StrictMode><Standalone /></StrictMode>);
