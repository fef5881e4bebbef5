import { Link, useRouter } from './router.js';

export interface AreaLink {
  to: string;
  label: string;
}

/** The area's own navigation; the current page is marked with aria-current, not by colour alone (also underlined). */
export function TrainingNavigation({ links }: { links: readonly AreaLink[] }) {
  const { path } = useRouter();
  return (
    <nav className="wp-training__nav" aria-label="Ondernemersvorming">
      <ul>
        {links.map((link) => {
          const current = path === link.to || path.startsWith(`${link.to}/`);
          return (
            <li key={link.to}>
              <Link to={link.to} aria-current={current ? 'page' : undefined}>
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
