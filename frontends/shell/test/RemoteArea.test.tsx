import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { RemoteArea } from '../src/federation/RemoteArea.js';
import { areas } from '../src/federation/areas.js';

// The federation boundary is mocked: RemoteArea receives its loader as a prop, as the shell wires loadAreaApp.
const inspection = areas.find((area) => area.remoteName === 'inspection')!;

afterEach(cleanup);

describe('RemoteArea', () => {
  it('renders the remote App once it has loaded', async () => {
    const load = vi.fn(async () => ({ default: () => <p>Doorlichtingen geladen</p> }));
    render(<RemoteArea area={inspection} load={load} />);
    expect(await screen.findByText('Doorlichtingen geladen')).toBeTruthy();
    expect(load).toHaveBeenCalledWith(inspection);
  });

  it('shows a Dutch message in the area when the remote cannot be loaded, and can retry', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn()
      .mockRejectedValueOnce(new Error('manifest unreachable'))
      .mockResolvedValueOnce({ default: () => <p>Terug beschikbaar</p> });
    render(<RemoteArea area={inspection} load={load} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'De module Toezicht en inspectie is momenteel niet beschikbaar. Probeer het later opnieuw.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('Terug beschikbaar')).toBeTruthy();
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
        <RemoteArea area={inspection} load={async () => ({ default: Broken })} />
      </>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('niet beschikbaar');
    expect(screen.getByText('Rest van de shell')).toBeTruthy();
  });
});
