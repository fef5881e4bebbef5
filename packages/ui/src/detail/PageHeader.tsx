import type { ReactNode, Ref } from 'react';

export interface PageHeaderProps {
  title: string;
  /** A short line under the title, e.g. the status or the reference. */
  description?: ReactNode;
  /** Buttons or links for the page's main actions. */
  actions?: ReactNode;
  /** Above the title, e.g. a "Terug naar de lijst" link. */
  back?: ReactNode;
  /** The heading can take focus (tabIndex -1): move focus here after navigation so screen readers announce the page. */
  headingRef?: Ref<HTMLHeadingElement>;
  /**
   * The heading level: 1 (default) for the page's single h1; 2 inside a page whose h1 belongs to someone else, e.g. a
   * micro-frontend rendered under the shell's h1.
   */
  level?: 1 | 2;
}

/** The page's heading (an h1 unless `level` says 2) with its actions next to it. */
export function PageHeader({ title, description, actions, back, headingRef, level = 1 }: PageHeaderProps) {
  const Heading = level === 2 ? 'h2' : 'h1';
  return (
    <div className="wp-page-header">
      {back !== undefined && <div className="wp-page-header__back">{back}</div>}
      <div className="wp-page-header__row">
        <div className="wp-page-header__text">
          <Heading className="wp-page-header__title" ref={headingRef} tabIndex={-1}>
            {title}
          </Heading>
          {description !== undefined && <div className="wp-page-header__description">{description}</div>}
        </div>
        {actions !== undefined && <div className="wp-page-header__actions">{actions}</div>}
      </div>
    </div>
  );
}
