import { useId } from 'react';
import type { SessionUser } from '../auth/session.js';
import { roleLabels } from '../auth/roles.js';
import { areas } from '../federation/areas.js';
import { RoleWorkQueues } from '../home/RoleWorkQueues.js';
import { areaAccess, areasForRole } from '../navigation/areaAccess.js';
import type { LinkProps } from '../routing/links.js';
import { paths } from '../routing/routes.js';
import { usePageTitle } from './usePageTitle.js';

export interface HomePageProps {
  user: SessionUser | undefined;
  linkProps: LinkProps;
  today?: Date;
}

/** Signed in: the role's work queues and areas. Signed out: what Werkplek is and a link to sign in. */
export function HomePage({ user, linkProps, today }: HomePageProps) {
  usePageTitle('Start');
  const queuesHeadingId = useId();
  const areasHeadingId = useId();
  const visibleAreas = user ? areasForRole(user.role) : areas;
  return (
    <>
      <h1>Welkom bij Werkplek</h1>
      <p>Werkplek is het platform van SYNTRA Vlaanderen voor ondernemersvorming, duaal leren en toezicht.</p>
      {user ? (
        <p>
          U bent aangemeld als {user.name} ({roleLabels[user.role]}
          {user.organisationName ? `, ${user.organisationName}` : ''}).
        </p>
      ) : (
        <p>
          <a {...linkProps(paths.signIn)}>Meld u aan</a> om met Werkplek te werken.
        </p>
      )}
      {user && (
        <section aria-labelledby={queuesHeadingId} className="wp-shell__queues">
          <h2 id={queuesHeadingId}>Uw werk</h2>
          <RoleWorkQueues user={user} linkProps={linkProps} {...(today ? { today } : {})} />
        </section>
      )}
      <section aria-labelledby={areasHeadingId}>
        <h2 id={areasHeadingId}>Onderdelen</h2>
        <ul className="wp-shell__areas">
          {visibleAreas.map((area) => (
            <li key={area.remoteName}>
              <a {...linkProps(area.path)}>{area.title}</a>: {area.description}
              {areaAccess(user?.role, area) === 'read-only' && ' (alleen raadplegen)'}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
