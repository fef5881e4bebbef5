import { useEffect, useRef, type ReactNode } from 'react';
import { useRouter } from '../routing/router.js';

export interface SectionHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  back?: ReactNode;
  /** Move focus to the heading when the page opens after a navigation inside the area (not on the shell's first render). */
  focusOnMount?: boolean;
}

/**
 * The page heading inside the area. The shell owns the h1 (the area's title), so the remote's pages start at h2;
 * the UI kit's PageHeader renders an h1 and is therefore not used here.
 */
export function SectionHeader({ title, description, actions, back, focusOnMount = true }: SectionHeaderProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { navigationCount } = useRouter();
  useEffect(() => {
    if (focusOnMount && navigationCount > 0) ref.current?.focus({ preventScroll: true });
    // Only on mount and on navigation: focus must not jump while the user works on the page.
  }, [focusOnMount, navigationCount]);
  return (
    <div className="wp-page-header wp-training__header">
      {back !== undefined && <div className="wp-page-header__back">{back}</div>}
      <div className="wp-page-header__row">
        <div className="wp-page-header__text">
          <h2 className="wp-training__title" ref={ref} tabIndex={-1}>
            {title}
          </h2>
          {description !== undefined && <div className="wp-page-header__description">{description}</div>}
        </div>
        {actions !== undefined && <div className="wp-page-header__actions">{actions}</div>}
      </div>
    </div>
  );
}
