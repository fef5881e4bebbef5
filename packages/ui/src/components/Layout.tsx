import type { MouseEvent, ReactNode } from 'react';

export interface SkipLinkProps {
  /** id of the element that holds the page's main content. */
  targetId: string;
  children?: ReactNode;
}

/** First focusable element on every page so keyboard users can jump past the header and navigation (WCAG 2.4.1). */
export function SkipLink({ targetId, children = 'Ga naar de hoofdinhoud' }: SkipLinkProps) {
  return (
    <a className="wp-skip-link" href={`#${targetId}`}>
      {children}
    </a>
  );
}

export interface AppHeaderProps {
  /** Name of the application, shown next to the Flemish government's yellow band. */
  title: string;
  /** Where the title links to (usually the home page). */
  homeHref?: string;
  onHomeClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
  /** Right-hand side: the signed-in user, a sign-out button. */
  actions?: ReactNode;
}

export function AppHeader({ title, homeHref = '/', onHomeClick, actions }: AppHeaderProps) {
  return (
    <header className="wp-header">
      <div className="wp-header__band">
        <span className="wp-header__authority">Vlaanderen</span>
        <span className="wp-header__tagline">verbeelding werkt</span>
      </div>
      <div className="wp-header__bar">
        <a className="wp-header__title" href={homeHref} onClick={onHomeClick}>
          {title}
        </a>
        {actions !== undefined && <div className="wp-header__actions">{actions}</div>}
      </div>
    </header>
  );
}

export interface LayoutProps {
  header: ReactNode;
  /** Main navigation; rendered inside its own landmark when given. */
  navigation?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
  /** id of the main landmark, the skip link's target. */
  mainId?: string;
}

/** Page skeleton with the landmarks screen reader users navigate by: banner, navigation, main, contentinfo. */
export function Layout({ header, navigation, footer, children, mainId = 'hoofdinhoud' }: LayoutProps) {
  return (
    <div className="wp-layout">
      <SkipLink targetId={mainId} />
      {header}
      {navigation}
      {/* tabIndex -1 lets the skip link and route changes move focus here without adding a tab stop. */}
      <main id={mainId} className="wp-layout__main" tabIndex={-1}>
        {children}
      </main>
      {footer !== undefined && <footer className="wp-footer">{footer}</footer>}
    </div>
  );
}

export interface NavigationItem {
  href: string;
  label: string;
  current?: boolean;
}

export interface NavigationProps {
  label: string;
  items: readonly NavigationItem[];
  onNavigate?: (href: string, event: MouseEvent<HTMLAnchorElement>) => void;
}

export function Navigation({ label, items, onNavigate }: NavigationProps) {
  return (
    <nav className="wp-nav" aria-label={label}>
      <ul className="wp-nav__list">
        {items.map((item) => (
          <li key={item.href} className="wp-nav__item">
            <a
              className={item.current ? 'wp-nav__link wp-nav__link--current' : 'wp-nav__link'}
              href={item.href}
              aria-current={item.current ? 'page' : undefined}
              onClick={onNavigate ? (event) => onNavigate(item.href, event) : undefined}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
