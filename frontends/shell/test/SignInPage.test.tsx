import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { SIGN_IN_CENTRES_QUERY, SignInPage } from '../src/pages/SignInPage.js';

afterEach(cleanup);

const centresMock = {
  request: { query: SIGN_IN_CENTRES_QUERY },
  result: {
    data: {
      trainingCentres: [
        { __typename: 'TrainingCentre', id: 'tc-west', name: 'Syntra West' },
        { __typename: 'TrainingCentre', id: 'tc-lim', name: 'Syntra Limburg' },
      ],
    },
  },
};

describe('SignInPage', () => {
  it('signs agency staff in with role and name', async () => {
    const onSignIn = vi.fn(async () => undefined);
    render(
      <MockedProvider mocks={[]}>
        <SignInPage onSignIn={onSignIn} />
      </MockedProvider>,
    );
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: '  An  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    await vi.waitFor(() => expect(onSignIn).toHaveBeenCalledWith({ role: 'AGENCY_STAFF', name: 'An' }));
  });

  it('requires a centre for a centre user, filled from the public trainingCentres query', async () => {
    const onSignIn = vi.fn(async () => undefined);
    render(
      <MockedProvider mocks={[centresMock]}>
        <SignInPage onSignIn={onSignIn} />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Centrummedewerker' }));
    await screen.findByRole('option', { name: 'Syntra West' });

    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    const select = screen.getByLabelText(/Opleidingscentrum/);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(select);
    expect(onSignIn).not.toHaveBeenCalled();

    fireEvent.change(select, { target: { value: 'tc-west' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    await vi.waitFor(() => expect(onSignIn).toHaveBeenCalledWith({ role: 'CENTRE_USER', centreId: 'tc-west' }));
  });

  it('shows the sign-in failure as an alert', async () => {
    const onSignIn = vi.fn(async () => {
      throw new Error('De aanmeldservice is niet bereikbaar. Probeer het later opnieuw.');
    });
    render(
      <MockedProvider mocks={[]}>
        <SignInPage onSignIn={onSignIn} />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect((await screen.findByRole('alert')).textContent).toContain('niet bereikbaar');
  });
});
