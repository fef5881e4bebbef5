import { useId, useRef, useState, type FormEvent } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Notice, SelectField, TextField, apiErrorMessage } from '@werkplek/ui';
import { roleLabels, signInRoles, type Role } from '../auth/roles.js';
import type { DevSignInRequest } from '../auth/devSignIn.js';
import { usePageTitle } from './usePageTitle.js';

interface CentresData {
  trainingCentres: { id: string; name: string }[];
}

/** Public query: the centre list is needed before anyone is signed in. */
export const SIGN_IN_CENTRES_QUERY: TypedDocumentNode<CentresData, Record<string, never>> = gql`
  query SignInTrainingCentres {
    trainingCentres {
      id
      name
    }
  }
`;

export interface SignInPageProps {
  /** Performs the sign-in; rejects with an Error whose message is Dutch. */
  onSignIn: (request: DevSignInRequest) => Promise<void>;
  /** Shown above the form, e.g. why sign-in is needed for the requested page. */
  intro?: string;
}

export function SignInPage({ onSignIn, intro }: SignInPageProps) {
  usePageTitle('Aanmelden');
  const headingId = useId();
  const [role, setRole] = useState<Role>('AGENCY_STAFF');
  const [name, setName] = useState('');
  const [centreId, setCentreId] = useState('');
  const [centreError, setCentreError] = useState<string | undefined>();
  const [submitError, setSubmitError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const centreSelect = useRef<HTMLSelectElement>(null);

  const needsCentre = role === 'CENTRE_USER';
  const centres = useQuery(SIGN_IN_CENTRES_QUERY, { skip: !needsCentre });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitError(undefined);
    if (needsCentre && centreId === '') {
      setCentreError('Kies het opleidingscentrum waarvoor u werkt.');
      centreSelect.current?.focus();
      return;
    }
    setCentreError(undefined);
    setBusy(true);
    try {
      const trimmedName = name.trim();
      await onSignIn({
        role,
        ...(trimmedName ? { name: trimmedName } : {}),
        ...(needsCentre ? { centreId } : {}),
      });
    } catch (error) {
      setSubmitError(error instanceof Error ? error.message : 'Aanmelden is mislukt.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h1 id={headingId}>Aanmelden</h1>
      <p>{intro ?? 'Meld u aan om met Werkplek te werken.'}</p>
      <Notice title="Ontwikkelingsaanmelding">
        <p>Dit is een aanmelding voor ontwikkeling en test. In productie meldt u aan via de Vlaamse overheid.</p>
      </Notice>
      {submitError && <Alert title="Aanmelden is niet gelukt">{submitError}</Alert>}
      <form className="wp-form" onSubmit={submit} noValidate>
        <fieldset className="wp-fieldset">
          <legend className="wp-fieldset__legend">Uw rol</legend>
          {signInRoles.map((option) => (
            <label key={option} className="wp-radio">
              <input
                type="radio"
                name="role"
                value={option}
                checked={role === option}
                onChange={() => {
                  setRole(option);
                  setCentreError(undefined);
                }}
              />
              {roleLabels[option]}
            </label>
          ))}
        </fieldset>
        <TextField
          label="Naam"
          hint="Optioneel. Zo verschijnt u in de toepassing."
          name="name"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        {needsCentre && (
          <>
            {centres.error && <Alert title="De opleidingscentra konden niet worden geladen.">{apiErrorMessage(centres.error)}</Alert>}
            <SelectField
              ref={centreSelect}
              label="Opleidingscentrum"
              name="centreId"
              required
              placeholder={centres.loading ? 'Opleidingscentra worden geladen…' : 'Kies een opleidingscentrum'}
              options={(centres.data?.trainingCentres ?? []).map((centre) => ({ value: centre.id, label: centre.name }))}
              value={centreId}
              error={centreError}
              onChange={(event) => {
                setCentreId(event.target.value);
                setCentreError(undefined);
              }}
            />
          </>
        )}
        <Button type="submit" disabled={busy} aria-disabled={busy}>
          {busy ? 'Bezig met aanmelden…' : 'Aanmelden'}
        </Button>
      </form>
    </section>
  );
}
