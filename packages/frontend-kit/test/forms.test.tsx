import { describe, expect, it } from 'vitest';
import { act, render, renderHook, screen } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SubmissionResult, isApiRefusal, useSubmission } from '../src/index.js';

const refusal = new CombinedGraphQLErrors({ errors: [{ message: 'De termijn is verstreken / The deadline has passed', extensions: { code: 'INVALID_STATE_TRANSITION' } }] });

describe('useSubmission', () => {
  it('does not run the action while field errors remain', async () => {
    const { result } = renderHook(() => useSubmission());
    let ran = false;
    await act(async () => {
      await result.current.run(async () => (ran = true), { validate: () => [{ fieldId: 'titel', message: 'Geef een titel.' }] });
    });
    expect(ran).toBe(false);
    expect(result.current.errorFor('titel')).toBe('Geef een titel.');
    expect(result.current.attempts).toBe(1);
  });

  it('ignores a second submit while the first runs', async () => {
    const { result } = renderHook(() => useSubmission());
    let calls = 0;
    let finish: () => void = () => undefined;
    let first: Promise<boolean> = Promise.resolve(false);
    let second = true;
    await act(async () => {
      first = result.current.run(() => {
        calls += 1;
        return new Promise<void>((resolve) => (finish = resolve));
      }, { success: 'Bewaard.' });
      second = await result.current.run(async () => (calls += 1));
    });
    expect(second).toBe(false);
    await act(async () => {
      finish();
      await first;
    });
    expect(calls).toBe(1);
    expect(result.current.confirmation).toBe('Bewaard.');
  });

  it('keeps the refusal and takes the confirmation from the action when none is given', async () => {
    const { result } = renderHook(() => useSubmission());
    await act(async () => {
      await result.current.run(async () => {
        throw refusal;
      });
    });
    expect(result.current.error).toBe(refusal);
    await act(async () => {
      await result.current.run(async () => 'Bewaard op dit toestel.');
    });
    expect(result.current.error).toBeUndefined();
    expect(result.current.confirmation).toBe('Bewaard op dit toestel.');
  });
});

describe('SubmissionResult', () => {
  it("shows the server's Dutch reason", () => {
    render(<SubmissionResult error={refusal} errorTitle="Niet ingediend." />);
    expect(screen.getByText('De termijn is verstreken')).toBeTruthy();
    expect(screen.getByText('Niet ingediend.')).toBeTruthy();
  });

  it('focuses the confirmation so that it is announced', () => {
    render(<SubmissionResult confirmation="Het plan is ingediend." />);
    expect(document.activeElement?.textContent).toContain('Het plan is ingediend.');
  });
});

describe('isApiRefusal', () => {
  it('tells a refusal from a network failure', () => {
    expect(isApiRefusal(refusal)).toBe(true);
    expect(isApiRefusal(new TypeError('Failed to fetch'))).toBe(false);
  });
});
