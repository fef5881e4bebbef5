/** Run-time configuration served by the static server as /config.json (see @werkplek/frontend-build). */
export interface RuntimeConfig {
  gatewayUrl: string;
  /** Remote name → URL of its mf-manifest.json. */
  remotes: Record<string, string>;
  /**
   * Send operations as automatic persisted queries (a SHA-256 hash first, the text only when the gateway does not know
   * it yet): smaller requests on a slow connection. Off unless the deployment turns it on.
   */
  persistedQueries: boolean;
}

function isRecordOfStrings(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value as Record<string, unknown>).every((entry) => typeof entry === 'string')
  );
}

/** Validates the JSON instead of trusting it: a broken deployment should fail loudly at start, not later. */
export function parseRuntimeConfig(json: unknown): RuntimeConfig {
  if (typeof json !== 'object' || json === null) throw new Error('config.json is not an object');
  const { gatewayUrl, remotes, persistedQueries } = json as { gatewayUrl?: unknown; remotes?: unknown; persistedQueries?: unknown };
  if (typeof gatewayUrl !== 'string' || gatewayUrl === '') throw new Error('config.json: gatewayUrl is missing');
  if (!isRecordOfStrings(remotes)) throw new Error('config.json: remotes must map names to manifest URLs');
  if (persistedQueries !== undefined && typeof persistedQueries !== 'boolean') throw new Error('config.json: persistedQueries must be true or false');
  // Without a trailing slash, `${gatewayUrl}/graphql` never doubles the slash.
  return { gatewayUrl: gatewayUrl.replace(/\/+$/, ''), remotes: { ...remotes }, persistedQueries: persistedQueries ?? false };
}

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return parseRuntimeConfig(await response.json());
}
