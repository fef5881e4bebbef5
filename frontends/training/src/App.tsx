import { AreaLink, AreaRouter, isAgencyStaff, isCentreUser, isInspector, matchPath, useArea, type RemoteAppProps, type User } from '@werkplek/frontend-kit';
import { Alert } from '@werkplek/ui';
import { ActionPlanDetail } from './action-plans/ActionPlanDetail.js';
import { ActionPlansPage } from './action-plans/ActionPlansPage.js';
import { DossierFormPage } from './action-plans/DossierForm.js';
import { DossierReviewPage } from './action-plans/DossierReviewPage.js';
import { RoundsPage } from './action-plans/RoundsPage.js';
import { CentresPage } from './centres/CentresPage.js';
import { IndicatorsPage } from './indicators/IndicatorsPage.js';
import { CertificatesPage } from './offer/CertificatesPage.js';
import { CoursesPage } from './offer/CoursesPage.js';
import { EnrolmentsPage } from './offer/EnrolmentsPage.js';
import { TracksPage } from './offer/TracksPage.js';
import { QualitativePlanDetail } from './qualitative-plan/QualitativePlanDetail.js';
import { QualitativePlansPage } from './qualitative-plan/QualitativePlansPage.js';
import { TrainingNavigation, type NavigationLink } from './routing/TrainingNavigation.js';
import './training.css';

/** The shell renders this area at /ondernemersvorming; deep links from the shell (work queue, search) point below it. */
export const AREA_PATH = '/ondernemersvorming';

/** What the shell passes (RemoteAppProps). Optional for component tests: without a user only the public pages show. */
export type TrainingAppProps = Partial<RemoteAppProps>;

/** Pages by role: agency staff review and decide; a centre user works on its own plan and offer; inspectors read. */
function linksFor(user: User | undefined): NavigationLink[] {
  if (isAgencyStaff(user) || isInspector(user)) {
    return [
      { to: '/jaaractieplannen', label: 'Jaaractieplannen' },
      { to: '/rondes', label: 'Rondes' },
      { to: '/kwalitatieve-jaarplannen', label: 'Kwalitatieve jaarplannen' },
      { to: '/trajecten', label: 'Trajecten' },
      { to: '/cursussen', label: 'Cursussen' },
      { to: '/inschrijvingen', label: 'Inschrijvingen' },
      { to: '/attesten', label: 'Attesten' },
      { to: '/indicatoren', label: 'Indicatoren' },
      { to: '/opleidingscentra', label: 'Opleidingscentra' },
    ];
  }
  if (isCentreUser(user)) {
    return [
      { to: '/jaaractieplannen', label: 'Jaaractieplan' },
      { to: '/rondes', label: 'Rondes' },
      { to: '/kwalitatieve-jaarplannen', label: 'Kwalitatief jaarplan' },
      { to: '/trajecten', label: 'Trajecten' },
      { to: '/cursussen', label: 'Cursussen' },
      { to: '/inschrijvingen', label: 'Inschrijvingen' },
      { to: '/attesten', label: 'Attesten' },
      { to: '/opleidingscentra', label: 'Opleidingscentra' },
    ];
  }
  // Other roles see only the public directory of the centres.
  return [{ to: '/opleidingscentra', label: 'Opleidingscentra' }];
}

function Page({ user }: { user: User | undefined }) {
  const { path } = useArea();
  const staffOrCentre = isAgencyStaff(user) || isCentreUser(user) || isInspector(user);
  let params: Record<string, string> | undefined;
  if (!staffOrCentre && path !== '/opleidingscentra' && path !== '/') {
    return <Alert tone="warning" title="Geen toegang">Deze pagina is er voor het agentschap, de opleidingscentra en de inspectie.</Alert>;
  }
  if (path === '/' ) return staffOrCentre ? <ActionPlansPage user={user} /> : <CentresPage />;
  if (path === '/jaaractieplannen') return <ActionPlansPage user={user} />;
  if ((params = matchPath('/jaaractieplannen/:id/dossiers/nieuw', path))) return <DossierFormPage planId={params['id']!} />;
  if ((params = matchPath('/jaaractieplannen/:id/dossiers/:dossierId/beoordelen', path))) {
    return isAgencyStaff(user) ? <DossierReviewPage planId={params['id']!} dossierId={params['dossierId']!} /> : <NotFound />;
  }
  if ((params = matchPath('/jaaractieplannen/:id/dossiers/:dossierId', path))) return <DossierFormPage planId={params['id']!} dossierId={params['dossierId']!} />;
  if ((params = matchPath('/jaaractieplannen/:id', path))) return <ActionPlanDetail key={params['id']} id={params['id']!} user={user} />;
  if (path === '/rondes') return <RoundsPage user={user} />;
  if (path === '/kwalitatieve-jaarplannen') return <QualitativePlansPage user={user} />;
  if ((params = matchPath('/kwalitatieve-jaarplannen/:id', path))) return <QualitativePlanDetail key={params['id']} id={params['id']!} user={user} />;
  if (path === '/trajecten') return <TracksPage user={user} />;
  if (path === '/cursussen') return <CoursesPage />;
  if (path === '/inschrijvingen') return <EnrolmentsPage user={user} />;
  if (path === '/attesten') return <CertificatesPage />;
  if (path === '/indicatoren') return <IndicatorsPage />;
  if (path === '/opleidingscentra') return <CentresPage />;
  return <NotFound />;
}

function NotFound() {
  return (
    <Alert tone="warning" title="Pagina niet gevonden">
      Deze pagina bestaat niet in Ondernemersvorming. <AreaLink to="/">Naar het overzicht</AreaLink>
    </Alert>
  );
}

/**
 * The entrepreneur-training area, rendered by the shell under its ApolloProvider (shared @apollo/client singleton).
 * It routes itself below its base path, so the shell's deep links (/ondernemersvorming/jaaractieplannen/:id) work.
 */
export default function TrainingApp({ user, basePath = AREA_PATH }: TrainingAppProps = {}) {
  return (
    <AreaRouter basePath={basePath}>
      <div className="wp-training">
        <TrainingNavigation links={linksFor(user)} />
        <div className="wp-training__page">
          <Page user={user} />
        </div>
      </div>
    </AreaRouter>
  );
}
