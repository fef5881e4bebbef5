import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@werkplek/ui/styles.css';
import './shell.css';
import { createApolloClient } from './apollo/createApolloClient.js';
import { DevIdentityProvider } from './auth/identityProvider.js';
import { loadSignInOptions } from './auth/signInOptions.js';
import { loadRuntimeConfig } from './config/runtimeConfig.js';
import { loadAreaApp, registerAreaRemotes } from './federation/remotes.js';
import { Root } from './Root.js';

function showStartupFailure(container: HTMLElement): void {
  container.innerHTML = '';
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = 'Werkplek kon niet worden gestart. Laad de pagina opnieuw of probeer het later opnieuw.';
  container.append(message);
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  try {
    const config = await loadRuntimeConfig();
    registerAreaRemotes(config);
    // Replace DevIdentityProvider here to sign in through the agency's OIDC provider (README).
    const identity = new DevIdentityProvider(config.gatewayUrl);
    const client = createApolloClient(config.gatewayUrl, () => identity.currentSession()?.token, { persistedQueries: config.persistedQueries });
    createRoot(container).render(
      <StrictMode>
        <Root client={client} identity={identity} loadSignInOptions={() => loadSignInOptions(config.gatewayUrl)} loadArea={loadAreaApp} />
      </StrictMode>,
    );
  } catch (error) {
    console.error('Werkplek could not start', error);
    showStartupFailure(container);
  }
}

void main();
