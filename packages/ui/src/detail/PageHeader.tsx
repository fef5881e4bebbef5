import type { ReactNode, Ref } from 'react';

export interface PageHeaderProps {
  title: string;
  /** A short line under the title, e.g. the status or the reference. */
  description?: ReactNode;
  /** Buttons or links for the page's main actions. */
  actions?: ReactNode;
  /** Above the title, e.g. a "Terug naar de lijst" link. */
  back?: ReactNode;
  /** The h1 can take focus (tabIndex -1): move focus here after navigation so screen readers announce the page. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The page's single h1 with its actions next to it. */
export function PageHeader({ title, description, actions, back, headingRef }: PageHeaderProps) {
  return (
    <div className="wp-page-header">
      {back !== undefined && <div className="wp-page-header__back">{back}</div>}
      <div className="wp-page-header__row">
        <div className="wp-page-header__text">
          <h1 className="wp-page-header__title" ref={headingRef} tabIndex={-1}>
            {title}
          </h1>
          {description !== undefined && <div className="wp-page-header__description">{description}</div>}
        </div>
        {actions !== undefined && <div className="wp-page-header__actions">{actions}</div>}
      </div>
    </div>
  );
}
