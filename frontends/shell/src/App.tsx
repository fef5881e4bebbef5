import { useCallback, useEffect, useRef, type MouseEvent } from 'react';
import { AppHeader, Button, Layout, Navigation } from '@werkplek/ui';
import type { DevSignInRequest } from './auth/devSignIn.js';
import { roleLabels } from './auth/roles.js';
import type { Session } from './auth/session.js';
import { areas, type Area } from './federation/areas.js';
import type { RemoteAppModule } from './federation/remotes.js';
import { AccessibilityStatementPage } from './pages/AccessibilityStatementPage.js';
import { AreaPage } from './pages/AreaPage.js';
import { HomePage } from './pages/HomePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { paths } from './routing/routes.js';
import { isPlainLeftClick, useLocationPath } from './routing/useLocationPath.js';

export interface AppProps {
  session: Session | undefined;
  onSignIn: (request: DevSignInRequest) => Promise<void>;
  onSignOut: () => void;
  loadArea: (area: Area) => Promise<RemoteAppModule>;
}

/** The shell: header, navigation, and the page for the current path. Session state is owned by the caller. */
export function App({ session, onSignIn, onSignOut, loadArea }: AppProps) {
  const [path, navigate] = useLocationPath();
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the main landmark so screen readers start at the new page.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('hoofdinhoud')?.focus();
  }, [path]);

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

  const signIn = async (request: DevSignInRequest) => {
    await onSignIn(request);
    if (path === paths.signIn) navigate(paths.home);
  };

  const signOut = () => {
    onSignOut();
    navigate(paths.home);
  };

  const navigationItems = [
    { href: paths.home, label: 'Start' },
    ...areas.map((area) => ({ href: area.path, label: area.title })),
    { href: paths.accessibility, label: 'Toegankelijkheid' },
  ].map((item) => ({ ...item, current: item.href === path }));

  const area = areas.find((candidate) => candidate.path === path);

  let page;
  if (path === paths.home) page = <HomePage user={session?.user} linkProps={linkProps} />;
  else if (path === paths.accessibility) page = <AccessibilityStatementPage />;
  else if (path === paths.signIn) page = <SignInPage onSignIn={signIn} />;
  else if (area && !session) page = <SignInPage onSignIn={signIn} intro={`Meld u aan om ${area.title} te openen.`} />;
  // key: a different area is a different remote; do not reuse the previous one's boundaries.
  else if (area) page = <AreaPage key={area.remoteName} area={area} load={loadArea} />;
  else page = <NotFoundPage homeLink={<a {...linkProps(paths.home)}>startpagina</a>} />;

  const headerActions = session ? (
    <>
      <p className="wp-shell__user">
        Aangemeld als <strong>{session.user.name}</strong>
        <span className="wp-shell__role">{roleLabels[session.user.role]}</span>
      </p>
      <Button variant="secondary" onClick={signOut}>
        Afmelden
      </Button>
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
