import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@werkplek/ui/styles.css';
import './shell.css';
import { createApolloClient } from './apollo/createApolloClient.js';
import { readToken } from './auth/session.js';
import { loadRuntimeConfig } from './config/runtimeConfig.js';
import { areaForRemote } from './federation/areas.js';
import { loadAreaApp, registerAreaRemotes, type RemoteAppModule } from './federation/remotes.js';
import { RemoteUnavailable } from './federation/RemoteUnavailable.js';
import { Root } from './Root.js';

/** The module a remote is replaced by when it cannot be loaded. */
function unavailableModule(remoteName: string): RemoteAppModule {
  const area = areaForRemote(remoteName) ?? { title: remoteName };
  return { default: () => <RemoteUnavailable area={area} /> };
}

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
    registerAreaRemotes(config, unavailableModule);
    const client = createApolloClient(config.gatewayUrl, () => readToken());
    createRoot(container).render(
      <StrictMode>
        <Root client={client} gatewayUrl={config.gatewayUrl} loadArea={loadAreaApp} />
      </StrictMode>,
    );
  } catch (error) {
    console.error('Werkplek could not start', error);
    showStartupFailure(container);
  }
}

void main();
