import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Button, ConfirmDialog, DescriptionList, PageHeader, Tabs } from '../src/index.js';

afterEach(cleanup);

describe('DescriptionList and PageHeader', () => {
  it('pairs terms and values and says when a value is empty', () => {
    render(<DescriptionList items={[{ term: 'Status', description: 'Erkend' }, { term: 'Einddatum', description: null }]} />);
    const terms = Array.from(document.querySelectorAll('dt')).map((dt) => dt.textContent);
    const values = Array.from(document.querySelectorAll('dd')).map((dd) => dd.textContent);
    expect(terms).toEqual(['Status', 'Einddatum']);
    expect(values).toEqual(['Erkend', 'niet ingevuld']);
  });

  it('renders one focusable h1 with its actions', () => {
    render(<PageHeader title="Aanvraag 12" actions={<Button>Beslissen</Button>} />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Aanvraag 12' });
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('button', { name: 'Beslissen' })).toBeTruthy();
  });

  it('renders an h2 when asked for level 2', () => {
    render(<PageHeader title="Rondes" level={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Rondes' }).getAttribute('tabindex')).toBe('-1');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });
});

describe('Tabs', () => {
  const tabs = [
    { id: 'gegevens', label: 'Gegevens', content: <p>Gegevens van de aanvraag</p> },
    { id: 'historiek', label: 'Historiek', content: <p>Historiek van de aanvraag</p> },
    { id: 'documenten', label: 'Documenten', content: <p>Documenten van de aanvraag</p> },
  ];

  it('has one tab stop and moves with arrow keys, Home and End', () => {
    const onChange = vi.fn();
    render(<Tabs label="Onderdelen" tabs={tabs} onChange={onChange} />);
    expect(screen.getByRole('tablist', { name: 'Onderdelen' })).toBeTruthy();
    const [first, second, third] = screen.getAllByRole('tab');
    expect([first, second, third].map((tab) => tab!.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    expect(screen.getByRole('tabpanel', { name: 'Gegevens' }).textContent).toBe('Gegevens van de aanvraag');

    first!.focus();
    fireEvent.keyDown(first!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(second);
    expect(second!.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Historiek' }).textContent).toBe('Historiek van de aanvraag');
    expect(onChange).toHaveBeenLastCalledWith('historiek');

    fireEvent.keyDown(second!, { key: 'End' });
    expect(document.activeElement).toBe(third);
    fireEvent.keyDown(third!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(third);
    fireEvent.keyDown(third!, { key: 'Home' });
    expect(document.activeElement).toBe(first);
    expect(first!.getAttribute('tabindex')).toBe('0');
    expect(third!.getAttribute('tabindex')).toBe('-1');
  });
});

describe('ConfirmDialog', () => {
  function Page({ onConfirm }: { onConfirm: () => void }) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <Button onClick={() => setOpen(true)}>Overeenkomst beëindigen</Button>
        <ConfirmDialog
          open={open}
          title="Overeenkomst vroegtijdig beëindigen?"
          confirmLabel="Beëindigen"
          destructive
          onConfirm={() => {
            onConfirm();
            setOpen(false);
          }}
          onCancel={() => setOpen(false)}
        >
          <p>Dit kan niet ongedaan worden gemaakt.</p>
        </ConfirmDialog>
      </>
    );
  }

  it('moves focus in on open and back to the opener on Escape', () => {
    render(<Page onConfirm={() => {}} />);
    const opener = screen.getByRole('button', { name: 'Overeenkomst beëindigen' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Overeenkomst vroegtijdig beëindigen?' });
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuleren' }));

    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('confirms and returns focus', () => {
    const onConfirm = vi.fn();
    render(<Page onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Overeenkomst beëindigen' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.click(screen.getByRole('button', { name: 'Beëindigen' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(opener);
  });
});
