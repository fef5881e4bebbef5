import './inspection.css';
import { AnnualPlanPage } from './annual-plan/AnnualPlanPage.js';
import { AuditPage } from './audit/AuditPage.js';
import { AuditsPage } from './audits/AuditsPage.js';
import { RecommendationsPage } from './recommendations/RecommendationsPage.js';
import { AppLink, AreaRouter, routePaths, useRouter, type Route } from './routing/router.js';

/** The signed-in user as the shell knows it; optional, the API decides what the user may do in any case. */
export interface InspectionUser {
  name?: string;
  /** e.g. "AGENCY_STAFF", "INSPECTOR" (@werkplek/auth roles). */
  role?: string;
}

export interface InspectionAppProps {
  /** Where the shell mounts the area; links and the router work below it. Standalone: "". */
  basePath?: string;
  /** Hides staff-only actions for other roles when given; without it they are shown and the API refuses them. */
  user?: InspectionUser;
}

export const DEFAULT_BASE_PATH = '/toezicht-en-inspectie';

function isCurrent(route: Route, item: 'all' | 'mine' | 'recommendations' | 'plan'): boolean {
  if (item === 'all') return route.name === 'audits' && !route.mine;
  if (item === 'mine') return route.name === 'audits' && route.mine;
  if (item === 'recommendations') return route.name === 'recommendations';
  return route.name === 'annualPlan';
}

function AreaNavigation() {
  const { route } = useRouter();
  const items = [
    { key: 'all', to: routePaths.audits, label: 'Alle doorlichtingen' },
    { key: 'mine', to: routePaths.mine, label: 'Mijn doorlichtingen' },
    { key: 'recommendations', to: routePaths.recommendations, label: 'Opvolging' },
    { key: 'plan', to: routePaths.annualPlan(), label: 'Jaarplanning' },
  ] as const;
  return (
    <nav className="wp-inspection__nav" aria-label="Toezicht en inspectie">
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <AppLink to={item.to} current={isCurrent(route, item.key)}>
              {item.label}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CurrentPage({ user }: { user?: InspectionUser }) {
  const { route } = useRouter();
  switch (route.name) {
    case 'audits':
      return <AuditsPage key={String(route.mine)} mine={route.mine} />;
    case 'audit':
      return <AuditPage key={route.id} id={route.id} />;
    case 'annualPlan':
      return <AnnualPlanPage year={route.year} canManage={!user?.role || user.role === 'AGENCY_STAFF'} />;
    case 'recommendations':
      return <RecommendationsPage />;
    default:
      return (
        <section className="wp-inspection__page" aria-labelledby="niet-gevonden">
          <h2 id="niet-gevonden">Pagina niet gevonden</h2>
          <p>
            Deze pagina bestaat niet in Toezicht en inspectie. Ga naar <AppLink to={routePaths.audits}>de doorlichtingen</AppLink>.
          </p>
        </section>
      );
  }
}

/**
 * The supervision-and-inspection area (Toezicht en inspectie), rendered by the shell under its own h1 and
 * ApolloProvider (the shared @apollo/client singleton carries the client). Every prop is optional, so the shell may
 * keep rendering <App /> without any.
 */
export default function InspectionApp({ basePath = DEFAULT_BASE_PATH, user }: InspectionAppProps = {}) {
  return (
    <AreaRouter basePath={basePath}>
      <div className="wp-inspection">
        <AreaNavigation />
        <CurrentPage user={user} />
      </div>
    </AreaRouter>
  );
}
