import { useId, type MouseEvent } from 'react';
import type { SessionUser } from '../auth/session.js';
import { roleLabels } from '../auth/roles.js';
import { areas } from '../federation/areas.js';
import { paths } from '../routing/routes.js';
import { usePageTitle } from './usePageTitle.js';

export interface HomePageProps {
  user: SessionUser | undefined;
  linkProps: (href: string) => { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void };
}

export function HomePage({ user, linkProps }: HomePageProps) {
  usePageTitle('Start');
  const areasHeadingId = useId();
  return (
    <>
      <h1>Welkom bij Werkplek</h1>
      <p>
        Werkplek is het platform van SYNTRA Vlaanderen voor ondernemersvorming, duaal leren en toezicht.
      </p>
      {user ? (
        <p>
          U bent aangemeld als {user.name} ({roleLabels[user.role]}).
        </p>
      ) : (
        <p>
          <a {...linkProps(paths.signIn)}>Meld u aan</a> om met Werkplek te werken.
        </p>
      )}
      <section aria-labelledby={areasHeadingId}>
        <h2 id={areasHeadingId}>Onderdelen</h2>
        <ul className="wp-shell__areas">
          {areas.map((area) => (
            <li key={area.remoteName}>
              <a {...linkProps(area.path)}>{area.title}</a>: {area.description}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
