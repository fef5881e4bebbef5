import './inspection.css';
import { AreaLink, AreaRouter, type RemoteAppProps, type User } from '@werkplek/frontend-kit';
import { AnnualPlanPage } from './annual-plan/AnnualPlanPage.js';
import { AuditPage } from './audit/AuditPage.js';
import { AuditsPage } from './audits/AuditsPage.js';
import { RecommendationsPage } from './recommendations/RecommendationsPage.js';
import { RiskWeightsPage } from './risk-weights/RiskWeightsPage.js';
import { routePaths, useRoute, type Route } from './routing/routes.js';

/**
 * What the shell passes (RemoteAppProps). Optional for component tests: without a user staff-only actions are shown
 * and the API refuses them.
 */
export type InspectionAppProps = Partial<RemoteAppProps>;

/** Where the shell mounts the area; links and the router work below it. */
export const AREA_PATH = '/toezicht-en-inspectie';

type NavigationKey = 'all' | 'mine' | 'recommendations' | 'plan' | 'weights';

/** Without a user (component tests) staff-only pages are shown and the API refuses what is not allowed. */
const isStaff = (user: User | undefined) => !user?.role || user.role === 'AGENCY_STAFF';

function isCurrent(route: Route, item: NavigationKey): boolean {
  if (item === 'all') return route.name === 'audits' && !route.mine;
  if (item === 'mine') return route.name === 'audits' && route.mine;
  if (item === 'recommendations') return route.name === 'recommendations';
  if (item === 'weights') return route.name === 'riskWeights';
  return route.name === 'annualPlan';
}

function AreaNavigation({ user }: { user: User | undefined }) {
  const route = useRoute();
  const items: { key: NavigationKey; to: string; label: string }[] = [
    { key: 'all', to: routePaths.audits, label: 'Alle doorlichtingen' },
    { key: 'mine', to: routePaths.mine, label: 'Mijn doorlichtingen' },
    { key: 'recommendations', to: routePaths.recommendations, label: 'Opvolging' },
    { key: 'plan', to: routePaths.annualPlan(), label: 'Jaarplanning' },
    ...(isStaff(user) ? [{ key: 'weights' as const, to: routePaths.riskWeights, label: 'Risicogewichten' }] : []),
  ];
  return (
    <nav className="wp-inspection__nav" aria-label="Toezicht en inspectie">
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <AreaLink to={item.to} current={isCurrent(route, item.key)}>
              {item.label}
            </AreaLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CurrentPage({ user }: { user: User | undefined }) {
  const route = useRoute();
  switch (route.name) {
    case 'audits':
      return <AuditsPage key={String(route.mine)} mine={route.mine} />;
    case 'audit':
      return <AuditPage key={route.id} id={route.id} />;
    case 'annualPlan':
      return <AnnualPlanPage year={route.year} canManage={isStaff(user)} />;
    case 'riskWeights':
      return <RiskWeightsPage />;
    case 'recommendations':
      return <RecommendationsPage />;
    default:
      return (
        <section className="wp-inspection__page" aria-labelledby="niet-gevonden">
          <h2 id="niet-gevonden">Pagina niet gevonden</h2>
          <p>
            Deze pagina bestaat niet in Toezicht en inspectie. Ga naar <AreaLink to={routePaths.audits}>de doorlichtingen</AreaLink>.
          </p>
        </section>
      );
  }
}

/**
 * The supervision-and-inspection area (Toezicht en inspectie), rendered by the shell under its own h1 and
 * ApolloProvider (the shared @apollo/client singleton carries the client).
 */
export default function InspectionApp({ basePath = AREA_PATH, user }: InspectionAppProps = {}) {
  return (
    <AreaRouter basePath={basePath}>
      <div className="wp-inspection">
        <AreaNavigation user={user} />
        <CurrentPage user={user} />
      </div>
    </AreaRouter>
  );
}
