import type { ComponentType } from 'react';
import { createInstance, getInstance, type ModuleFederation } from '@module-federation/enhanced/runtime';
import type { RuntimeConfig } from '../config/runtimeConfig.js';
import type { Area } from './areas.js';
import type { RemoteAppProps } from './RemoteArea.js';
import { retryPlugin } from './retryPlugin.js';
import { unavailablePlugin } from './unavailablePlugin.js';

/** What every remote exposes as './App'. */
export interface RemoteAppModule {
  default: ComponentType<RemoteAppProps>;
}

/** Marks the module the unavailable plugin answers with, so loadAreaApp can tell it from the real App. */
const UNAVAILABLE = Symbol.for('werkplek.remoteUnavailable');

/** The remote could not be loaded; the area shows its message with a retry. */
export class RemoteUnavailableError extends Error {
  override readonly name = 'RemoteUnavailableError';
  constructor(readonly remoteName: string) {
    super(`Remote "${remoteName}" is unavailable`);
  }
}

/**
 * The federation instance that the webpack plugin created for the shell (it owns the shared scope with React and
 * Apollo Client); a fresh instance only when there is none, e.g. in a test.
 */
function federation(): ModuleFederation {
  return getInstance() ?? createInstance({ name: 'shell', remotes: [] });
}

/** Manifest URL per remote, kept to register a remote again after a failed load. */
const entries = new Map<string, string>();
/** Remotes whose last load failed: the runtime caches the failed manifest/entry, so they are registered afresh. */
const failed = new Set<string>();

/** Registers the remotes named in /config.json, so a remote can move or redeploy without rebuilding the shell. */
export function registerAreaRemotes(config: RuntimeConfig): void {
  const instance = federation();
  // Order matters: the retry plugin answers the fetch/entry hooks first; only a remote that still fails after its
  // retries reaches the unavailable plugin.
  instance.registerPlugins([
    retryPlugin(),
    unavailablePlugin((remoteName) => {
      failed.add(remoteName);
      return { default: () => null, [UNAVAILABLE]: true };
    }),
  ]);
  for (const [name, entry] of Object.entries(config.remotes)) entries.set(name, entry);
  instance.registerRemotes([...entries].map(([name, entry]) => ({ name, entry })));
}

function isRemoteAppModule(value: unknown): value is RemoteAppModule {
  return typeof value === 'object' && value !== null && typeof (value as { default?: unknown }).default === 'function';
}

/**
 * Loads the area's './App' with a fresh loadRemote. After a failed attempt the remote is registered again with
 * `force`, which drops the runtime's cached manifest, entry script and module, so "Opnieuw proberen" really retries.
 * Rejects (RemoteUnavailableError) when the remote cannot be loaded, for the area's error boundary.
 */
export async function loadAreaApp(area: Area): Promise<RemoteAppModule> {
  const instance = federation();
  const entry = entries.get(area.remoteName);
  if (failed.has(area.remoteName) && entry) {
    failed.delete(area.remoteName);
    instance.registerRemotes([{ name: area.remoteName, entry }], { force: true });
  }
  let loaded: unknown;
  try {
    loaded = await instance.loadRemote<unknown>(`${area.remoteName}/App`);
  } catch (error) {
    failed.add(area.remoteName);
    throw error;
  }
  if (typeof loaded === 'object' && loaded !== null && UNAVAILABLE in loaded) throw new RemoteUnavailableError(area.remoteName);
  if (!isRemoteAppModule(loaded)) {
    failed.add(area.remoteName);
    throw new Error(`Remote "${area.remoteName}" did not expose a component as ./App`);
  }
  return loaded;
}
