import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInError, devSignIn } from '../src/auth/devSignIn.js';
import { clearSession, readSession, readToken, writeSession } from '../src/auth/session.js';

afterEach(() => sessionStorage.clear());

describe('session', () => {
  it('round-trips through sessionStorage and can be cleared', () => {
    writeSession({ token: 't', user: { id: 'u1', name: 'An', role: 'INSPECTOR' } });
    expect(readSession()?.user.role).toBe('INSPECTOR');
    expect(readToken()).toBe('t');
    clearSession();
    expect(readSession()).toBeUndefined();
  });

  it('ignores a tampered or unknown-role session', () => {
    sessionStorage.setItem('werkplek.session', JSON.stringify({ token: 't', user: { id: 'u', name: 'X', role: 'ADMIN' } }));
    expect(readSession()).toBeUndefined();
    sessionStorage.setItem('werkplek.session', '{not json');
    expect(readSession()).toBeUndefined();
  });
});

describe('devSignIn', () => {
  it('posts the request to the gateway and returns the session', async () => {
    const fetchMock = vi.fn(async () =>
      Response.json({ token: 'jwt', user: { id: 'u1', name: 'Cas', role: 'CENTRE_USER', centreId: 'tc-1' } }),
    );
    const session = await devSignIn('http://gw', { role: 'CENTRE_USER', centreId: 'tc-1' }, fetchMock);
    expect(session).toEqual({ token: 'jwt', user: { id: 'u1', name: 'Cas', role: 'CENTRE_USER', centreId: 'tc-1' } });
    expect(fetchMock).toHaveBeenCalledWith('http://gw/auth/dev-sign-in', expect.objectContaining({ method: 'POST' }));
  });

  it('shows the Dutch half of a BAD_USER_INPUT message', async () => {
    const fetchMock = vi.fn(async () =>
      Response.json({ error: { code: 'BAD_USER_INPUT', message: 'Kies een centrum / Choose a centre' } }, { status: 400 }),
    );
    await expect(devSignIn('http://gw', { role: 'CENTRE_USER' }, fetchMock)).rejects.toThrow('Aanmelden is mislukt: Kies een centrum');
  });

  it('explains that the gateway cannot be reached', async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(devSignIn('http://gw', { role: 'AGENCY_STAFF' }, fetchMock)).rejects.toBeInstanceOf(SignInError);
  });
});
