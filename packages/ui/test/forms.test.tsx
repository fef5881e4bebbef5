import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState, type FormEvent } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import {
  CheckboxField,
  DateField,
  FormErrorSummary,
  NumberField,
  RadioGroup,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormError,
} from '../src/index.js';

afterEach(cleanup);

function describedTexts(element: Element): (string | null | undefined)[] {
  return (element.getAttribute('aria-describedby')?.split(' ') ?? []).map((id) => document.getElementById(id)?.textContent);
}

describe('form fields', () => {
  it('tie label, hint and error to textarea, date, number and checkbox', () => {
    render(
      <>
        <TextAreaField label="Toelichting" error="Geef een toelichting." required />
        <DateField label="Datum" min="2026-01-01" max="2026-12-31" hint="dd/mm/jjjj" />
        <NumberField label="Aantal" decimals />
        <CheckboxField label="Ik bevestig" error="Bevestig dit." />
      </>,
    );
    const textarea = screen.getByLabelText(/Toelichting/);
    expect(textarea.tagName).toBe('TEXTAREA');
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(describedTexts(textarea)).toEqual(['Fout: Geef een toelichting.']);

    const date = screen.getByLabelText('Datum') as HTMLInputElement;
    expect([date.type, date.min, date.max]).toEqual(['date', '2026-01-01', '2026-12-31']);
    expect(describedTexts(date)).toEqual(['dd/mm/jjjj']);

    const number = screen.getByLabelText('Aantal') as HTMLInputElement;
    expect([number.type, number.inputMode, number.step]).toEqual(['number', 'decimal', 'any']);

    const checkbox = screen.getByLabelText('Ik bevestig');
    expect(checkbox.getAttribute('type')).toBe('checkbox');
    expect(describedTexts(checkbox)).toEqual(['Fout: Bevestig dit.']);
  });

  it('groups radios in a fieldset with the legend as its name', () => {
    const onChange = vi.fn();
    render(
      <RadioGroup
        legend="Advies"
        name="advice"
        id="advies"
        value={undefined}
        onChange={onChange}
        error="Kies een advies."
        options={[
          { value: 'POSITIVE', label: 'Gunstig' },
          { value: 'NEGATIVE', label: 'Ongunstig' },
        ]}
      />,
    );
    const group = screen.getByRole('group', { name: 'Advies' });
    expect(describedTexts(group)).toEqual(['Fout: Kies een advies.']);
    expect(document.getElementById('advies')).toBe(screen.getByLabelText('Gunstig'));
    fireEvent.click(screen.getByLabelText('Ongunstig'));
    expect(onChange).toHaveBeenCalledWith('NEGATIVE');
  });
});

describe('FormErrorSummary', () => {
  function Form() {
    const [errors, setErrors] = useState<FormError[]>([]);
    const [attempts, setAttempts] = useState(0);
    function submit(event: FormEvent) {
      event.preventDefault();
      setAttempts((n) => n + 1);
      setErrors([
        { fieldId: 'naam', message: 'Vul de naam in.' },
        { fieldId: 'datum', message: 'Vul de datum in.' },
      ]);
    }
    return (
      <form onSubmit={submit} noValidate>
        <FormErrorSummary errors={errors} focusKey={attempts} />
        <TextField id="naam" label="Naam" error={errors[0]?.message} />
        <DateField id="datum" label="Datum" error={errors[1]?.message} />
        <SubmitButton>Opslaan</SubmitButton>
      </form>
    );
  }

  it('takes focus after a failed submit and links to each field', () => {
    render(<Form />);
    expect(screen.queryByText('Er is een probleem')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const summary = screen.getByText('Er is een probleem').closest('.wp-error-summary');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole('alert')).toBeTruthy();

    const link = screen.getByRole('link', { name: 'Vul de datum in.' });
    expect(link.getAttribute('href')).toBe('#datum');
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('Datum'));
  });

  it('refocuses on the next failed attempt', async () => {
    render(<Form />);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    screen.getByLabelText('Naam').focus();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the submit button's guard reopens
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(document.activeElement?.className).toBe('wp-error-summary');
  });
});

describe('SubmitButton', () => {
  function SlowForm({ onSubmit }: { onSubmit: () => void }) {
    const [pending, setPending] = useState(false);
    function submit(event: FormEvent) {
      event.preventDefault();
      onSubmit();
      // The mutation starts a little later (e.g. after an await), so `disabled` is not yet there to help.
      queueMicrotask(() => setPending(true));
    }
    return (
      <form onSubmit={submit}>
        <SubmitButton pending={pending}>Indienen</SubmitButton>
        <button type="button" onClick={() => setPending(false)}>
          Klaar
        </button>
      </form>
    );
  }

  it('submits once for two clicks in one tick, and again after the submission ended', async () => {
    const onSubmit = vi.fn();
    render(<SlowForm onSubmit={onSubmit} />);
    const button = screen.getByRole('button', { name: 'Indienen' });
    act(() => {
      button.click();
      button.click();
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await act(async () => {
      await Promise.resolve();
    });
    const busy = screen.getByRole('button', { name: 'Bezig met verzenden…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    expect(busy.getAttribute('aria-busy')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));
    fireEvent.click(screen.getByRole('button', { name: 'Indienen' }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('opens again when the form did not start a submission (failed validation)', async () => {
    const onSubmit = vi.fn();
    render(
      <form onSubmit={(event) => { event.preventDefault(); onSubmit(); }}>
        <SubmitButton>Opslaan</SubmitButton>
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Opslaan' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    fireEvent.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });
});
