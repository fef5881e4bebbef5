import type { ComponentType } from 'react';
import { createInstance, getInstance, type ModuleFederation } from '@module-federation/enhanced/runtime';
import type { RuntimeConfig } from '../config/runtimeConfig.js';
import type { Area } from './areas.js';
import { unavailablePlugin } from './unavailablePlugin.js';

/** What every remote exposes as './App'. */
export interface RemoteAppModule {
  default: ComponentType;
}

/**
 * The federation instance that the webpack plugin created for the shell (it owns the shared scope with React and
 * Apollo Client); a fresh instance only when there is none, e.g. in a test.
 */
function federation(): ModuleFederation {
  return getInstance() ?? createInstance({ name: 'shell', remotes: [] });
}

/**
 * Registers the remotes named in /config.json, so a remote can move or redeploy without rebuilding the shell.
 * `fallbackFor` supplies the module used when a remote cannot be loaded.
 */
export function registerAreaRemotes(config: RuntimeConfig, fallbackFor: (remoteName: string) => RemoteAppModule): void {
  const instance = federation();
  instance.registerPlugins([unavailablePlugin(fallbackFor)]);
  instance.registerRemotes(Object.entries(config.remotes).map(([name, entry]) => ({ name, entry })));
}

function isRemoteAppModule(value: unknown): value is RemoteAppModule {
  return typeof value === 'object' && value !== null && typeof (value as { default?: unknown }).default === 'function';
}

/** Loads the area's './App'. Rejects when the remote answered with something that is not a component. */
export async function loadAreaApp(area: Area): Promise<RemoteAppModule> {
  const loaded = await federation().loadRemote<unknown>(`${area.remoteName}/App`);
  if (!isRemoteAppModule(loaded)) throw new Error(`Remote "${area.remoteName}" did not expose a component as ./App`);
  return loaded;
}
