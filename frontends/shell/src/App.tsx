import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { Alert, AppHeader, Layout, Navigation } from '@werkplek/ui';
import type { SignInRequest } from './auth/identityProvider.js';
import type { Session } from './auth/session.js';
import type { SignInOptions } from './auth/signInOptions.js';
import type { Area } from './federation/areas.js';
import type { RemoteAppModule } from './federation/remotes.js';
import { CurrentUser } from './navigation/CurrentUser.js';
import { areaAccess, areaForPath, areasForRole } from './navigation/areaAccess.js';
import { AccessibilityStatementPage } from './pages/AccessibilityStatementPage.js';
import { AreaPage } from './pages/AreaPage.js';
import { HomePage } from './pages/HomePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { usePageTitle } from './pages/usePageTitle.js';
import { paths, searchQueryOf } from './routing/routes.js';
import { isPlainLeftClick, useLocationPath } from './routing/useLocationPath.js';
import { SearchForm } from './search/SearchForm.js';

export interface AppProps {
  session: Session | undefined;
  onSignIn: (request: SignInRequest) => Promise<void>;
  onSignOut: () => Promise<void>;
  loadSignInOptions: () => Promise<SignInOptions>;
  loadArea: (area: Area) => Promise<RemoteAppModule>;
  /** For tests: the day the work queues count from. */
  today?: Date;
}

function NoAccessPage({ area }: { area: Area }) {
  usePageTitle(area.title);
  return (
    <>
      <h1>{area.title}</h1>
      <Alert title="Geen toegang">
        <p>U hebt met uw rol geen toegang tot {area.title}.</p>
      </Alert>
    </>
  );
}

/** The shell: header, role-aware navigation, and the page for the current path. Session state is owned by the caller. */
export function App({ session, onSignIn, onSignOut, loadSignInOptions, loadArea, today }: AppProps) {
  const [location, navigateTo] = useLocationPath();
  const { path } = location;
  // Counts the shell's own navigations: focus moves even when the path stays the same (e.g. sign-out on the home page).
  const [navigations, setNavigations] = useState(0);
  const firstRender = useRef(true);
  const previousArea = useRef(areaForPath(path)?.remoteName);

  // After a client-side navigation, move focus to the main landmark so screen readers start at the new page. Within
  // one area the remote moves focus to its own new heading, so the shell leaves it there.
  useEffect(() => {
    const currentArea = areaForPath(path)?.remoteName;
    const withinArea = currentArea !== undefined && currentArea === previousArea.current;
    previousArea.current = currentArea;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (withinArea) return;
    document.getElementById('hoofdinhoud')?.focus();
  }, [path, location.search, navigations]);

  const navigate = useCallback(
    (href: string) => {
      navigateTo(href);
      setNavigations((count) => count + 1);
    },
    [navigateTo],
  );

  const linkProps = useCallback(
    (href: string) => ({
      href,
      onClick: (event: MouseEvent<HTMLAnchorElement>) => {
        if (!isPlainLeftClick(event)) return;
        event.preventDefault();
        navigate(href);
      },
    }),
    [navigate],
  );

  const signIn = async (request: SignInRequest) => {
    await onSignIn(request);
    // From the sign-in page to the work queues; from an area's sign-in prompt, stay and show the area.
    if (path === paths.signIn) navigate(paths.home);
    else setNavigations((count) => count + 1);
  };

  const signOut = async () => {
    await onSignOut();
    navigate(paths.home);
  };

  const role = session?.user.role;
  const navigationItems = [
    { href: paths.home, label: 'Start' },
    ...areasForRole(role).map((area) => ({
      href: area.path,
      label: areaAccess(role, area) === 'read-only' ? `${area.title} (raadplegen)` : area.title,
    })),
    { href: paths.accessibility, label: 'Toegankelijkheid' },
  ].map((item) => ({ ...item, current: item.href === path || (item.href !== paths.home && path.startsWith(`${item.href}/`)) }));

  const area = areaForPath(path);
  const searchText = searchQueryOf(location.search);

  let page;
  if (path === paths.home) page = <HomePage user={session?.user} linkProps={linkProps} {...(today ? { today } : {})} />;
  else if (path === paths.accessibility) page = <AccessibilityStatementPage />;
  else if (path === paths.signIn) page = <SignInPage onSignIn={signIn} loadOptions={loadSignInOptions} />;
  else if ((area || path === paths.search) && !session)
    page = (
      <SignInPage
        onSignIn={signIn}
        loadOptions={loadSignInOptions}
        intro={area ? `Meld u aan om ${area.title} te openen.` : 'Meld u aan om te zoeken.'}
      />
    );
  else if (path === paths.search && session) page = <SearchPage text={searchText} role={session.user.role} linkProps={linkProps} />;
  else if (area && !areaAccess(role, area)) page = <NoAccessPage area={area} />;
  // key: a different area is a different remote; do not reuse the previous one's boundaries.
  else if (area && session) page = <AreaPage key={area.remoteName} area={area} user={session.user} load={loadArea} />;
  else page = <NotFoundPage homeLink={<a {...linkProps(paths.home)}>startpagina</a>} />;

  const headerActions = session ? (
    <>
      <SearchForm
        key={searchText}
        initialText={path === paths.search ? searchText : ''}
        onSearch={(text) => navigate(`${paths.search}?${new URLSearchParams({ q: text }).toString()}`)}
      />
      <CurrentUser user={session.user} onSignOut={signOut} />
    </>
  ) : (
    <a className="wp-shell__sign-in-link" {...linkProps(paths.signIn)}>
      Aanmelden
    </a>
  );

  return (
    <Layout
      header={<AppHeader title="Werkplek" homeHref={paths.home} onHomeClick={linkProps(paths.home).onClick} actions={headerActions} />}
      navigation={<Navigation label="Hoofdnavigatie" items={navigationItems} onNavigate={(href, event) => linkProps(href).onClick(event)} />}
      footer={
        <p>
          Werkplek – SYNTRA Vlaanderen · <a {...linkProps(paths.accessibility)}>Toegankelijkheidsverklaring</a>
        </p>
      }
    >
      {page}
    </Layout>
  );
}
