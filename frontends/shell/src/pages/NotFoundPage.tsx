import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle.js';

export function NotFoundPage({ homeLink }: { homeLink: ReactNode }) {
  usePageTitle('Pagina niet gevonden');
  return (
    <>
      <h1>Pagina niet gevonden</h1>
      <p>Deze pagina bestaat niet (meer). Ga terug naar de {homeLink}.</p>
    </>
  );
}
