import { describe, expect, it } from 'vitest';
import { apiErrorCode, apiErrorMessage } from '../src/index.js';

describe('apiErrorMessage', () => {
  it('reads the GraphQL error code from extensions', () => {
    const error = { errors: [{ message: 'Geen toegang / Forbidden', extensions: { code: 'FORBIDDEN' } }] };
    expect(apiErrorCode(error)).toBe('FORBIDDEN');
    expect(apiErrorMessage(error)).toMatch(/geen toegang/);
  });

  it('maps HTTP 401 to UNAUTHENTICATED', () => {
    expect(apiErrorCode({ statusCode: 401 })).toBe('UNAUTHENTICATED');
    expect(apiErrorMessage({ statusCode: 401 })).toMatch(/aangemeld/);
  });

  it('treats fetch failures as network errors', () => {
    expect(apiErrorCode(new TypeError('Failed to fetch'))).toBe('NETWORK');
  });

  it('falls back to a generic message', () => {
    expect(apiErrorCode(new Error('boom'))).toBe('UNKNOWN');
  });
});
