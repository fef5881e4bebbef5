import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Alert, DataTable, Layout, LoadingIndicator, Notice, SelectField, StatusMessage, TextField } from '../src/index.js';

afterEach(cleanup);

describe('TextField', () => {
  it('ties label, hint and error to the input', () => {
    render(<TextField label="Naam" hint="Zoals op uw identiteitskaart" error="Vul uw naam in." required />);
    const input = screen.getByLabelText(/Naam/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    const descriptions = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(descriptions).toEqual(['Zoals op uw identiteitskaart', 'Fout: Vul uw naam in.']);
  });

  it('is not marked invalid without an error', () => {
    render(<TextField label="Naam" />);
    const input = screen.getByLabelText('Naam');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('SelectField', () => {
  it('renders a placeholder and the options under its label', () => {
    render(
      <SelectField
        label="Centrum"
        placeholder="Kies een centrum"
        options={[
          { value: 'c1', label: 'Syntra West' },
          { value: 'c2', label: 'Syntra Limburg' },
        ]}
      />,
    );
    const select = screen.getByLabelText('Centrum') as HTMLSelectElement;
    expect(Array.from(select.options).map((option) => option.text)).toEqual([
      'Kies een centrum',
      'Syntra West',
      'Syntra Limburg',
    ]);
  });
});

describe('DataTable', () => {
  const columns = [
    { key: 'name', header: 'Naam', render: (row: { id: string; name: string }) => row.name, rowHeader: true },
    { key: 'id', header: 'Code', render: (row: { id: string; name: string }) => row.id },
  ];

  it('has a caption, column headers and row headers', () => {
    render(<DataTable caption="Opleidingscentra" columns={columns} rows={[{ id: 'W', name: 'Syntra West' }]} rowKey={(row) => row.id} />);
    const table = screen.getByRole('table', { name: 'Opleidingscentra' });
    const headers = table.querySelectorAll('th[scope="col"]');
    expect(Array.from(headers).map((th) => th.textContent)).toEqual(['Naam', 'Code']);
    expect(screen.getByRole('rowheader', { name: 'Syntra West' })).toBeTruthy();
  });

  it('shows the empty text instead of an empty table', () => {
    render(<DataTable caption="Opleidingscentra" columns={columns} rows={[]} rowKey={(row) => row.id} emptyText="Geen centra." />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Geen centra.')).toBeTruthy();
  });
});

describe('messages', () => {
  it('uses role alert for errors and role status for status updates', () => {
    render(
      <>
        <Alert>Fout</Alert>
        <StatusMessage>Opgeslagen</StatusMessage>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Fout');
    expect(screen.getByRole('status').textContent).toBe('Opgeslagen');
  });

  it('keeps static notices out of the live regions', () => {
    render(<Notice title="Let op">Ontwikkelingsaanmelding</Notice>);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('Ontwikkelingsaanmelding')).toBeTruthy();
  });

  it('marks the loading indicator busy and live', () => {
    render(<LoadingIndicator />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(status.getAttribute('aria-live')).toBe('polite');
  });
});

describe('Layout', () => {
  it('offers a skip link to the main landmark', () => {
    render(
      <Layout header={<header>Werkplek</header>}>
        <h1>Start</h1>
      </Layout>,
    );
    const skipLink = screen.getByRole('link', { name: 'Ga naar de hoofdinhoud' });
    const main = screen.getByRole('main');
    expect(skipLink.getAttribute('href')).toBe(`#${main.id}`);
  });
});
