import { describe, expect, it } from 'vitest';
import { apiErrorCode, apiErrorMessage } from '../src/index.js';

describe('apiErrorMessage', () => {
  it('reads the GraphQL error code from extensions and shows the Dutch half of the server message', () => {
    const error = { errors: [{ message: 'Geen toegang tot dit plan / No access to this plan', extensions: { code: 'FORBIDDEN' } }] };
    expect(apiErrorCode(error)).toBe('FORBIDDEN');
    expect(apiErrorMessage(error)).toBe('Geen toegang tot dit plan');
  });

  it('shows the reason of a refused workflow step', () => {
    const error = { errors: [{ message: 'De termijn is verstreken / The deadline has passed', extensions: { code: 'INVALID_STATE_TRANSITION' } }] };
    expect(apiErrorCode(error)).toBe('INVALID_STATE_TRANSITION');
    expect(apiErrorMessage(error)).toBe('De termijn is verstreken');
  });

  it('keeps the generic sentence when the server message is not "Dutch / English"', () => {
    const error = { errors: [{ message: 'Access denied! You need permission.', extensions: { code: 'FORBIDDEN' } }] };
    expect(apiErrorMessage(error)).toMatch(/geen toegang/);
  });

  it('never shows the server message of an unauthenticated request', () => {
    const error = { errors: [{ message: 'Token verlopen / Token expired', extensions: { code: 'UNAUTHENTICATED' } }] };
    expect(apiErrorMessage(error)).toMatch(/aangemeld/);
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
    expect(apiErrorMessage({ errors: [{ message: 'Er ging iets mis / Oops', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })).toMatch(/ging iets mis bij het ophalen/);
  });
});
