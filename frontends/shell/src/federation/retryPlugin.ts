import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';

export interface RetryPluginOptions {
  /** Extra attempts after the first failure (default 2: three tries in all). */
  retries?: number;
  /** Wait before retry `attempt` (1-based), in ms; default 300 ms, then 900 ms: a remote that is redeploying or a
   * dropped connection usually recovers within a second, and the user should not wait much longer for the message. */
  delay?: (attempt: number) => number;
  /** The fetch used for manifests (a fake in tests). */
  fetch?: typeof fetch;
  /** How to wait (a fake in tests). */
  sleep?: (ms: number) => Promise<void>;
}

const defaultDelay = (attempt: number) => 300 * 3 ** (attempt - 1);
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * First layer of remote-failure handling: a remote whose manifest (mf-manifest.json) or entry script fails to load is
 * tried again a couple of times with a short back-off, because a remote that is being redeployed or a flaky network
 * usually answers the next time. Only when every attempt failed does the failure go on to `unavailablePlugin`
 * (registered after this one), which answers with the area's "niet beschikbaar" message.
 *
 * Our own plugin rather than `@module-federation/retry-plugin`: the registry offers it only up to 0.17.x, built on
 * `@module-federation/sdk` 0.17 while the shell runs the 2.9 runtime (a second SDK copy, hook types that do not match),
 * and the two hooks we need are small.
 */
export function retryPlugin(options: RetryPluginOptions = {}): ModuleFederationRuntimePlugin {
  const retries = options.retries ?? 2;
  const delay = options.delay ?? defaultDelay;
  const sleep = options.sleep ?? defaultSleep;

  return {
    name: 'werkplek-remote-retry',

    // The runtime fetches a remote's manifest through this hook (falling back to window.fetch when it answers
    // nothing). Network errors and non-OK answers are retried; the last answer or error is handed back unchanged so
    // the runtime's own failure path (errorLoadRemote → unavailablePlugin) takes over.
    async fetch(url, init) {
      const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
      for (let attempt = 0; ; attempt += 1) {
        if (attempt > 0) await sleep(delay(attempt));
        try {
          const response = await doFetch(url, init);
          if (response.ok || attempt >= retries) return response;
        } catch (error) {
          if (attempt >= retries) throw error;
        }
      }
    },

    // The entry script (remoteEntry.js) failed to load. The runtime still holds the failed attempt in
    // `globalLoading`, so it is dropped before each new try or getRemoteEntry would hand back the same failure. The
    // `getRemoteEntry` given here does not call this hook again, so retries do not nest. Answering nothing lets the
    // original error through.
    loadEntryError({ getRemoteEntry, origin, remoteInfo, remoteEntryExports, globalLoading, uniqueKey }) {
      const retry = async () => {
        for (let attempt = 1; attempt <= retries; attempt += 1) {
          await sleep(delay(attempt));
          delete globalLoading[uniqueKey];
          try {
            const exports = await getRemoteEntry({ origin, remoteInfo, remoteEntryExports });
            if (exports) return exports;
          } catch {
            // Try again; after the last attempt the runtime rethrows its original error.
          }
        }
        return undefined;
      };
      // The hook's declared answer wraps the exports in one promise too many (Promise<Promise<…> | undefined>); the
      // runtime simply awaits what it gets, so the plain promise of the exports is what it needs.
      return retry() as Promise<never>;
    },
  };
}
