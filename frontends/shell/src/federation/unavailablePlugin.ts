import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';

/**
 * Second layer of remote-failure handling: when a remote cannot be loaded (manifest unreachable, remoteEntry broken),
 * answer loadRemote with a fallback module instead of an exception, so the area shows a message and nothing else
 * is affected. The ErrorBoundary in RemoteArea is the last layer for anything that still throws.
 */
export function unavailablePlugin(fallbackFor: (remoteName: string) => unknown): ModuleFederationRuntimePlugin {
  return {
    name: 'werkplek-remote-unavailable',
    errorLoadRemote({ id, error, lifecycle }) {
      // Earlier lifecycles (e.g. the manifest fetch) rethrow and end up in loadRemote's own "onLoad" failure,
      // which is the one place where a module is the expected answer.
      if (lifecycle !== 'onLoad') return undefined;
      const remoteName = id.split('/')[0] ?? id;
      console.warn(`Remote "${remoteName}" is unavailable; showing a fallback.`, error);
      return fallbackFor(remoteName);
    },
  };
}
