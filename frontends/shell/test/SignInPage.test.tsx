import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { SignInOptions } from '../src/auth/signInOptions.js';
import { SignInPage } from '../src/pages/SignInPage.js';

afterEach(cleanup);

const lists: SignInOptions = {
  trainingCentres: [
    { id: 'tc-west', name: 'Syntra West' },
    { id: 'tc-lim', name: 'Syntra Limburg' },
  ],
  partnerships: [{ id: 'p-bouw', name: 'SP Bouw' }],
  companies: [{ id: 'c-bakkerij', name: 'Bakkerij Vandenbroucke' }],
  auditors: [{ id: 'a-1', name: 'Pieter De Smet', team: 'INSPECTION', userId: 'demo-inspector-pieter' }],
};

function renderPage(onSignIn: (request: unknown) => Promise<void> = vi.fn(async () => undefined), loadOptions = vi.fn(async () => lists)) {
  render(<SignInPage onSignIn={onSignIn} loadOptions={loadOptions} />);
  return { onSignIn, loadOptions };
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));

describe('SignInPage', () => {
  it('offers every role a person can have, never the service role', () => {
    renderPage();
    const roles = within(screen.getByRole('group', { name: 'Uw rol' }))
      .getAllByRole('radio')
      .map((radio) => radio.closest('label')?.textContent);
    expect(roles).toEqual([
      'Agentschapsmedewerker',
      'Centrummedewerker',
      'Inspecteur',
      'Medewerker partnerschap',
      'Onderneming',
      'Opleidingsinstelling',
    ]);
  });

  it('signs agency staff in with role and name, without loading any list', async () => {
    const { onSignIn, loadOptions } = renderPage();
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: '  An  ' } });
    submit();
    await vi.waitFor(() => expect(onSignIn).toHaveBeenCalledWith({ role: 'AGENCY_STAFF', name: 'An' }));
    expect(loadOptions).not.toHaveBeenCalled();
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it.each([
    ['Centrummedewerker', /Opleidingscentrum/, 'Syntra West', { role: 'CENTRE_USER', centreId: 'tc-west', organisationName: 'Syntra West' }],
    ['Medewerker partnerschap', /Partnerschap/, 'SP Bouw', { role: 'PARTNERSHIP_STAFF', partnershipId: 'p-bouw', organisationName: 'SP Bouw' }],
    ['Onderneming', /Onderneming/, 'Bakkerij Vandenbroucke', { role: 'COMPANY_USER', companyId: 'c-bakkerij', organisationName: 'Bakkerij Vandenbroucke' }],
  ])('asks a %s for their organisation: required, then sent with its name', async (roleLabel, pickerLabel, optionName, expected) => {
    const { onSignIn } = renderPage();
    fireEvent.click(screen.getByRole('radio', { name: roleLabel }));
    const select = await screen.findByRole('combobox', { name: pickerLabel });
    expect(screen.getAllByRole('combobox')).toHaveLength(1);
    await screen.findByRole('option', { name: optionName });

    submit();
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(select);
    const described = (select.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described.join(' ')).toMatch(/Kies (het|de) .* waarvoor u (werkt|optreedt)\./);
    expect(onSignIn).not.toHaveBeenCalled();

    const option = screen.getByRole<HTMLOptionElement>('option', { name: optionName });
    fireEvent.change(select, { target: { value: option.value } });
    submit();
    await vi.waitFor(() => expect(onSignIn).toHaveBeenCalledWith(expected));
  });

  it('lets an inspector sign in as a person from the auditor register', async () => {
    const { onSignIn } = renderPage();
    fireEvent.click(screen.getByRole('radio', { name: 'Inspecteur' }));
    const select = await screen.findByRole('combobox', { name: /Auditor/ });
    await screen.findByRole('option', { name: 'Pieter De Smet (team inspectie)' });
    submit();
    expect(screen.getAllByText('Kies wie u bent in het register van auditoren.').length).toBeGreaterThan(0);
    fireEvent.change(select, { target: { value: 'demo-inspector-pieter' } });
    submit();
    await vi.waitFor(() =>
      expect(onSignIn).toHaveBeenCalledWith({ role: 'INSPECTOR', userId: 'demo-inspector-pieter', name: 'Pieter De Smet' }),
    );
  });

  it('asks a school user for nothing more than the role', async () => {
    const { onSignIn } = renderPage();
    fireEvent.click(screen.getByRole('radio', { name: 'Opleidingsinstelling' }));
    expect(screen.queryByRole('combobox')).toBeNull();
    submit();
    await vi.waitFor(() => expect(onSignIn).toHaveBeenCalledWith({ role: 'SCHOOL_USER' }));
  });

  it('shows when the lists cannot be loaded, and loads them again on request', async () => {
    const loadOptions = vi.fn().mockRejectedValueOnce(new Error('De aanmeldservice is niet bereikbaar.')).mockResolvedValueOnce(lists);
    renderPage(undefined, loadOptions);
    fireEvent.click(screen.getByRole('radio', { name: 'Centrummedewerker' }));
    expect((await screen.findByRole('alert')).textContent).toContain('niet bereikbaar');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw laden' }));
    expect(await screen.findByRole('option', { name: 'Syntra West' })).toBeTruthy();
    expect(loadOptions).toHaveBeenCalledTimes(2);
  });

  it('shows the server error as an alert and moves focus to it', async () => {
    const onSignIn = vi.fn(async () => {
      throw new Error('Aanmelden is mislukt: Onbekend opleidingscentrum');
    });
    renderPage(onSignIn);
    submit();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Onbekend opleidingscentrum');
    await vi.waitFor(() => expect(document.activeElement?.contains(alert)).toBe(true));
  });

  it('submits once on a double click', async () => {
    let finish: () => void = () => undefined;
    const onSignIn = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderPage(onSignIn);
    const button = screen.getByRole('button', { name: 'Aanmelden' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(onSignIn).toHaveBeenCalledTimes(1);
    expect((await screen.findByRole('button', { name: 'Bezig met aanmelden…' })).hasAttribute('disabled')).toBe(true);
    finish();
  });
});
