import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInstance } from '@module-federation/enhanced/runtime';
import { retryPlugin } from '../src/federation/retryPlugin.js';
import { unavailablePlugin } from '../src/federation/unavailablePlugin.js';

afterEach(() => vi.restoreAllMocks());

const manifestUrl = 'http://remote.test/mf-manifest.json';
const noWait = () => Promise.resolve();

/** A fetch that answers with the given outcomes in turn (an Error is thrown, a number is an HTTP status). */
function fakeFetch(...outcomes: (Error | number)[]) {
  return vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    const outcome = outcomes.shift();
    if (outcome === undefined) throw new Error('unexpected extra fetch');
    if (outcome instanceof Error) throw outcome;
    return new Response(outcome === 200 ? '{}' : 'fout', { status: outcome });
  });
}

/** The plugin's fetch hook, called as the runtime does for a manifest. */
function fetchHook(plugin: ReturnType<typeof retryPlugin>) {
  const hook = plugin.fetch;
  if (!hook) throw new Error('no fetch hook');
  return (url: string) => hook(url, {}) as Promise<Response>;
}

describe('retryPlugin: manifests', () => {
  it('retries a failed manifest fetch and returns the answer that worked, after a growing back-off', async () => {
    const fetch = fakeFetch(new TypeError('Failed to fetch'), 503, 200);
    const waits: number[] = [];
    const plugin = retryPlugin({ fetch, sleep: async (ms) => void waits.push(ms) });
    const response = await fetchHook(plugin)(manifestUrl);
    expect(response.status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(fetch.mock.calls.every(([url]) => url === manifestUrl)).toBe(true);
    expect(waits).toEqual([300, 900]);
  });

  it('does not retry a manifest that loaded', async () => {
    const fetch = fakeFetch(200);
    const sleep = vi.fn(noWait);
    await fetchHook(retryPlugin({ fetch, sleep }))(manifestUrl);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('gives up after two retries and hands back the last failure unchanged', async () => {
    const unreachable = new TypeError('Failed to fetch (3)');
    await expect(
      fetchHook(retryPlugin({ fetch: fakeFetch(new TypeError('1'), new TypeError('2'), unreachable), sleep: noWait }))(manifestUrl),
    ).rejects.toBe(unreachable);
    const notFound = await fetchHook(retryPlugin({ fetch: fakeFetch(502, 502, 404), sleep: noWait }))(manifestUrl);
    expect(notFound.status).toBe(404);
  });

  it('in the runtime: a remote that stays down is tried three times, then the unavailable plugin answers', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fetch = fakeFetch(new TypeError('down'), new TypeError('down'), new TypeError('down'));
    const fallback = { default: () => null, unavailable: true };
    const instance = createInstance({
      name: 'retry_test_host',
      remotes: [{ name: 'inspection', entry: manifestUrl }],
      plugins: [retryPlugin({ fetch, sleep: noWait }), unavailablePlugin(() => fallback)],
    });
    await expect(instance.loadRemote('inspection/App')).resolves.toBe(fallback);
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});

describe('retryPlugin: entry scripts', () => {
  type EntryErrorArgs = Parameters<NonNullable<ReturnType<typeof retryPlugin>['loadEntryError']>>[0];

  function entryError(getRemoteEntry: () => Promise<unknown>) {
    const globalLoading: Record<string, Promise<unknown> | undefined> = { 'inspection:entry': Promise.reject(new Error('old')) };
    globalLoading['inspection:entry']?.catch(() => undefined);
    const args = {
      getRemoteEntry: vi.fn(async () => {
        // The failed attempt must be gone, or the runtime would hand it back instead of loading again.
        expect(globalLoading['inspection:entry']).toBeUndefined();
        return getRemoteEntry();
      }),
      origin: {},
      remoteInfo: { name: 'inspection', entry: 'http://remote.test/remoteEntry.js' },
      remoteEntryExports: undefined,
      globalLoading,
      uniqueKey: 'inspection:entry',
    } as unknown as EntryErrorArgs; // only the fields the plugin reads; the runtime's types ask for a whole instance
    return args;
  }

  it('loads the entry again after it failed, and answers with its exports', async () => {
    const exports = { get: vi.fn(), init: vi.fn() };
    const load = vi.fn().mockRejectedValueOnce(new Error('ScriptNetworkError')).mockResolvedValueOnce(exports);
    const args = entryError(load);
    const waits: number[] = [];
    const answer = await retryPlugin({ sleep: async (ms) => void waits.push(ms) }).loadEntryError!(args);
    expect(answer).toBe(exports);
    expect(load).toHaveBeenCalledTimes(2);
    expect(waits).toEqual([300, 900]);
  });

  it('answers nothing after two failed retries, so the original error goes on', async () => {
    const load = vi.fn().mockRejectedValue(new Error('ScriptNetworkError'));
    const answer = await retryPlugin({ sleep: noWait, retries: 2 }).loadEntryError!(entryError(load));
    expect(answer).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
