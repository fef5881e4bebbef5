import { useId } from 'react';
import { Notice } from '@werkplek/ui';
import type { SignInRequest } from '../auth/identityProvider.js';
import type { SignInOptions } from '../auth/signInOptions.js';
import { SignInForm } from '../signin/SignInForm.js';
import { usePageTitle } from './usePageTitle.js';

export interface SignInPageProps {
  onSignIn: (request: SignInRequest) => Promise<void>;
  loadOptions: () => Promise<SignInOptions>;
  /** Shown above the form, e.g. why sign-in is needed for the requested page. */
  intro?: string;
}

export function SignInPage({ onSignIn, loadOptions, intro }: SignInPageProps) {
  usePageTitle('Aanmelden');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h1 id={headingId}>Aanmelden</h1>
      <p>{intro ?? 'Meld u aan om met Werkplek te werken.'}</p>
      <Notice title="Ontwikkelingsaanmelding">
        <p>Dit is een aanmelding voor ontwikkeling en test. In productie meldt u aan via de Vlaamse overheid.</p>
      </Notice>
      <SignInForm onSignIn={onSignIn} loadOptions={loadOptions} />
    </section>
  );
}
