import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { RemoteArea } from '../src/federation/RemoteArea.js';
import { areas } from '../src/federation/areas.js';

// The federation boundary is mocked: RemoteArea receives its loader as a prop, as the shell wires loadAreaApp.
const inspection = areas.find((area) => area.remoteName === 'inspection')!;
const user = { id: 'u1', name: 'Pieter De Smet', role: 'INSPECTOR' } as const;

afterEach(cleanup);

describe('RemoteArea', () => {
  it('renders the remote App once it has loaded, with the user and its area path', async () => {
    const load = vi.fn(async () => ({
      default: (props: { user: { name: string }; basePath: string }) => <p>Doorlichtingen geladen voor {props.user.name} onder {props.basePath}</p>,
    }));
    render(<RemoteArea area={inspection} user={user} load={load} />);
    expect(await screen.findByText(`Doorlichtingen geladen voor Pieter De Smet onder ${inspection.path}`)).toBeTruthy();
    expect(load).toHaveBeenCalledWith(inspection);
  });

  it('shows a Dutch message in the area when the remote cannot be loaded, and can retry', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn()
      .mockRejectedValueOnce(new Error('manifest unreachable'))
      .mockResolvedValueOnce({ default: () => <p>Terug beschikbaar</p> });
    render(<RemoteArea area={inspection} user={user} load={load} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'De module Toezicht en inspectie is momenteel niet beschikbaar. Probeer het later opnieuw.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('Terug beschikbaar')).toBeTruthy();
  });

  it('retries with a fresh load, keeps focus in the area, and returns focus to the retry button after another failure', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn().mockRejectedValueOnce(new Error('down')).mockRejectedValueOnce(new Error('still down'));
    render(<RemoteArea area={inspection} user={user} load={load} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Opnieuw proberen' }));
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Module Toezicht en inspectie' }));
    const retry = await screen.findByRole('button', { name: 'Opnieuw proberen' });
    await vi.waitFor(() => expect(document.activeElement).toBe(retry));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps a remote that throws while rendering inside its area', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = () => {
      throw new Error('render failure');
    };
    render(
      <>
        <p>Rest van de shell</p>
        <RemoteArea area={inspection} user={user} load={async () => ({ default: Broken })} />
      </>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('niet beschikbaar');
    expect(screen.getByText('Rest van de shell')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
  });
});
