/** Run-time configuration served by the static server as /config.json (see @werkplek/frontend-build). */
export interface RuntimeConfig {
  gatewayUrl: string;
  /** Remote name → URL of its mf-manifest.json. */
  remotes: Record<string, string>;
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
  const { gatewayUrl, remotes } = json as { gatewayUrl?: unknown; remotes?: unknown };
  if (typeof gatewayUrl !== 'string' || gatewayUrl === '') throw new Error('config.json: gatewayUrl is missing');
  if (!isRecordOfStrings(remotes)) throw new Error('config.json: remotes must map names to manifest URLs');
  // Without a trailing slash, `${gatewayUrl}/graphql` never doubles the slash.
  return { gatewayUrl: gatewayUrl.replace(/\/+$/, ''), remotes: { ...remotes } };
}

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return parseRuntimeConfig(await response.json());
}
