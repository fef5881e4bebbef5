import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, SelectField, TextField } from '@werkplek/ui';
import type { SignInRequest } from '../auth/identityProvider.js';
import { roleLabels, signInRoles, type SignInRole } from '../auth/roles.js';
import type { SignInOptions } from '../auth/signInOptions.js';
import { roleChoices } from './organisationFields.js';

export interface SignInFormProps {
  /** Performs the sign-in; rejects with an Error whose message is Dutch. */
  onSignIn: (request: SignInRequest) => Promise<void>;
  /** Loads the lists to choose an organisation or auditor from (only when a role needs one). */
  loadOptions: () => Promise<SignInOptions>;
}

type OptionsState = { status: 'idle' | 'loading' } | { status: 'loaded'; lists: SignInOptions } | { status: 'failed'; message: string };

/** Role first, then what that role needs: an organisation chosen from a list, or for an inspector, who they are. */
export function SignInForm({ onSignIn, loadOptions }: SignInFormProps) {
  const roleHintId = useId();
  const [role, setRole] = useState<SignInRole>('AGENCY_STAFF');
  const [name, setName] = useState('');
  const [choice, setChoice] = useState('');
  const [choiceError, setChoiceError] = useState<string | undefined>();
  const [submitError, setSubmitError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [options, setOptions] = useState<OptionsState>({ status: 'idle' });
  const [optionsAttempt, setOptionsAttempt] = useState(0);
  // A ref, not state: two clicks in the same tick must not both get past the check.
  const submitting = useRef(false);
  const choiceSelect = useRef<HTMLSelectElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const roleChoice = roleChoices[role];
  const needsOptions = roleChoice !== undefined;

  // The lists are loaded once, the first time a role needs one (0: not yet asked); a retry asks again.
  useEffect(() => {
    if (needsOptions && optionsAttempt === 0) setOptionsAttempt(1);
  }, [needsOptions, optionsAttempt]);

  useEffect(() => {
    if (optionsAttempt === 0) return;
    let cancelled = false;
    setOptions({ status: 'loading' });
    loadOptions().then(
      (lists) => {
        if (!cancelled) setOptions({ status: 'loaded', lists });
      },
      (error: unknown) => {
        if (!cancelled) setOptions({ status: 'failed', message: error instanceof Error ? error.message : 'De keuzelijsten konden niet worden geladen.' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [optionsAttempt, loadOptions]);

  useEffect(() => {
    if (submitError) errorRef.current?.focus();
  }, [submitError]);

  const choiceOptions = roleChoice && options.status === 'loaded' ? roleChoice.options(options.lists) : [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting.current) return;
    setSubmitError(undefined);
    if (roleChoice && choice === '') {
      setChoiceError(roleChoice.missing);
      choiceSelect.current?.focus();
      return;
    }
    setChoiceError(undefined);
    const chosenLabel = choiceOptions.find((option) => option.value === choice)?.label;
    const trimmedName = name.trim();
    const request: SignInRequest = { role };
    if (roleChoice?.field === 'userId') {
      // The inspector is the chosen person: their name comes from the register unless typed.
      const auditor = options.status === 'loaded' ? options.lists.auditors.find((candidate) => candidate.userId === choice) : undefined;
      request.userId = choice;
      request.name = trimmedName || auditor?.name || chosenLabel || roleLabels[role];
    } else {
      if (trimmedName) request.name = trimmedName;
      if (roleChoice) {
        request[roleChoice.field] = choice;
        if (chosenLabel) request.organisationName = chosenLabel;
      }
    }
    submitting.current = true;
    setBusy(true);
    try {
      await onSignIn(request);
    } catch (error) {
      setSubmitError(error instanceof Error ? error.message : 'Aanmelden is mislukt.');
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  }

  return (
    <>
      {submitError && (
        <div ref={errorRef} tabIndex={-1} className="wp-shell__focus-target">
          <Alert title="Aanmelden is niet gelukt">{submitError}</Alert>
        </div>
      )}
      <form className="wp-form" onSubmit={submit} noValidate aria-busy={busy}>
        <fieldset className="wp-fieldset" aria-describedby={roleHintId}>
          <legend className="wp-fieldset__legend">Uw rol</legend>
          <p id={roleHintId} className="wp-field__hint">
            Kies de rol waarmee u Werkplek wilt gebruiken.
          </p>
          {signInRoles.map((option) => (
            <label key={option} className="wp-radio">
              <input
                type="radio"
                name="role"
                value={option}
                checked={role === option}
                onChange={() => {
                  setRole(option);
                  setChoice('');
                  setChoiceError(undefined);
                }}
              />
              {roleLabels[option]}
            </label>
          ))}
        </fieldset>
        {roleChoice && (
          <>
            {options.status === 'failed' && (
              <Alert title="De keuzelijst kon niet worden geladen.">
                <p>{options.message}</p>
                <p>
                  <Button type="button" variant="secondary" onClick={() => setOptionsAttempt((value) => value + 1)}>
                    Opnieuw laden
                  </Button>
                </p>
              </Alert>
            )}
            <SelectField
              key={role}
              ref={choiceSelect}
              label={roleChoice.label}
              name={roleChoice.field}
              required
              {...(roleChoice.hint ? { hint: roleChoice.hint } : {})}
              placeholder={options.status === 'loading' || options.status === 'idle' ? 'De keuzelijst wordt geladen…' : roleChoice.placeholder}
              options={choiceOptions}
              value={choice}
              error={choiceError}
              onChange={(event) => {
                setChoice(event.target.value);
                setChoiceError(undefined);
              }}
            />
          </>
        )}
        <TextField
          label="Naam"
          hint={roleChoice?.field === 'userId' ? 'Optioneel. Zonder naam gebruikt u de naam uit het register.' : 'Optioneel. Zo verschijnt u in de toepassing.'}
          name="name"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="submit" disabled={busy} aria-disabled={busy}>
          {busy ? 'Bezig met aanmelden…' : 'Aanmelden'}
        </Button>
      </form>
    </>
  );
}
