import { describe, expect, it } from 'vitest';
import { readPort, readSecret } from '../src/environment.js';

describe('readPort', () => {
  it('falls back to the default when unset', () => {
    expect(readPort('X_PORT', 4001, {})).toBe(4001);
  });
  it('reads a valid port', () => {
    expect(readPort('X_PORT', 4001, { X_PORT: '5001' })).toBe(5001);
  });
  it('refuses a malformed port', () => {
    expect(() => readPort('X_PORT', 4001, { X_PORT: 'abc' })).toThrow(/X_PORT/);
    expect(() => readPort('X_PORT', 4001, { X_PORT: '70000' })).toThrow(/X_PORT/);
  });
});

describe('readSecret', () => {
  it('uses the development default outside production', () => {
    expect(readSecret('S', 'dev-default', {})).toBe('dev-default');
  });
  it('refuses to start in production without a secret', () => {
    expect(() => readSecret('S', 'dev-default', { NODE_ENV: 'production' })).toThrow(/must be set/);
  });
  it('refuses a short secret', () => {
    expect(() => readSecret('S', 'dev-default', { S: 'short' })).toThrow(/32 characters/);
  });
  it('refuses the development default in production, even when it is set explicitly', () => {
    const developmentDefault = 'development-only-secret-do-not-use-anywhere';
    expect(readSecret('S', developmentDefault, { S: developmentDefault })).toBe(developmentDefault);
    expect(() => readSecret('S', developmentDefault, { S: developmentDefault, NODE_ENV: 'production' })).toThrow(/development default/);
    expect(readSecret('S', developmentDefault, { S: 'a-real-secret-from-the-vault-0123456789', NODE_ENV: 'production' })).toBe('a-real-secret-from-the-vault-0123456789');
  });
});
