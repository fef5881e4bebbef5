import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig } from '../src/config/runtimeConfig.js';

describe('parseRuntimeConfig', () => {
  it('accepts the static server config and strips a trailing slash from the gateway URL', () => {
    const config = parseRuntimeConfig({
      gatewayUrl: 'http://localhost:4000/',
      remotes: { dualLearning: 'http://localhost:3001/mf-manifest.json' },
    });
    expect(config).toEqual({ gatewayUrl: 'http://localhost:4000', remotes: { dualLearning: 'http://localhost:3001/mf-manifest.json' }, persistedQueries: false });
    expect(parseRuntimeConfig({ gatewayUrl: 'http://x', remotes: {}, persistedQueries: true }).persistedQueries).toBe(true);
  });

  it('rejects a config without gateway or with non-string remotes', () => {
    expect(() => parseRuntimeConfig({ remotes: {} })).toThrow(/gatewayUrl/);
    expect(() => parseRuntimeConfig({ gatewayUrl: 'http://x', remotes: { a: 1 } })).toThrow(/remotes/);
    expect(() => parseRuntimeConfig(null)).toThrow();
    expect(() => parseRuntimeConfig({ gatewayUrl: 'http://x', remotes: {}, persistedQueries: 'ja' })).toThrow(/persistedQueries/);
  });
});
