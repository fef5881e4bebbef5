import { AreaLink, useArea } from '@werkplek/frontend-kit';

export interface NavigationLink {
  to: string;
  label: string;
}

/** The area's own navigation; the current page is marked with aria-current, not by colour alone (also underlined). */
export function TrainingNavigation({ links }: { links: readonly NavigationLink[] }) {
  const { path } = useArea();
  return (
    <nav className="wp-training__nav" aria-label="Ondernemersvorming">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <AreaLink to={link.to} current={path === link.to || path.startsWith(`${link.to}/`)}>
              {link.label}
            </AreaLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
