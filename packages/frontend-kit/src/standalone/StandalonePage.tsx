import { useState, type ComponentType, type FormEvent } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { bindingOf, roleLabels, roles, type Role, type User } from '@werkplek/auth/roles';
import { Alert, AppHeader, Button, Layout, SelectField, TextField } from '@werkplek/ui';
import type { RemoteAppProps } from '../session/user.js';
import { readStandaloneSession, standaloneGatewayUrl, standaloneSignIn, standaloneSignOut } from './devSession.js';

export interface StandalonePageProps {
  App: ComponentType<RemoteAppProps>;
  /** The area's title, e.g. "Duaal leren": the page's h1, as the shell shows it. */
  title: string;
  basePath: string;
  client: ApolloClient;
  storage?: Storage;
}

const bindingLabels = { centreId: 'Id van het opleidingscentrum', partnershipId: 'Id van het partnerschap', companyId: 'Id van de onderneming' } as const;

/** A sign-in with the gateway's development sign-in, then the area as the shell would render it. */
export function StandalonePage({ App, title, basePath, client, storage = localStorage }: StandalonePageProps) {
  const [user, setUser] = useState<User | undefined>(() => readStandaloneSession(storage)?.user);
  const [role, setRole] = useState<Role>('AGENCY_STAFF');
  const [bindingValue, setBindingValue] = useState('');
  const [error, setError] = useState<string>();
  const binding = bindingOf(role);

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      setUser(await standaloneSignIn({ role, ...(binding ? { [binding]: bindingValue.trim() } : {}) }, storage));
    } catch (caught) {
      setError(`Aanmelden bij ${standaloneGatewayUrl(storage)} is mislukt: ${caught instanceof Error ? caught.message : String(caught)}.`);
    }
  }

  function signOut() {
    standaloneSignOut(storage);
    void client.clearStore();
    setUser(undefined);
  }

  return (
    <Layout header={<AppHeader title={`${title} (losse ontwikkelmodus)`} />}>
      <h1>{title}</h1>
      {user ? (
        <>
          <p>
            Aangemeld als {user.name} ({roleLabels[user.role]}). <Button variant="secondary" onClick={signOut}>Afmelden</Button>
          </p>
          <ApolloProvider client={client}>
            <App user={user} basePath={basePath} />
          </ApolloProvider>
        </>
      ) : (
        <form onSubmit={(event) => void signIn(event)} noValidate>
          <p>Ontwikkelaanmelding van de gateway ({standaloneGatewayUrl(storage)}): kies een rol.</p>
          <SelectField
            id="standalone-rol"
            label="Rol"
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            options={roles.filter((candidate) => candidate !== 'SERVICE').map((candidate) => ({ value: candidate, label: roleLabels[candidate] }))}
          />
          {binding && <TextField id="standalone-binding" label={bindingLabels[binding]} value={bindingValue} onChange={(event) => setBindingValue(event.target.value)} />}
          <Button type="submit">Aanmelden</Button>
          {error && <Alert>{error}</Alert>}
        </form>
      )}
    </Layout>
  );
}
