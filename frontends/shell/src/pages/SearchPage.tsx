import type { Role } from '../auth/roles.js';
import type { LinkProps } from '../routing/links.js';
import { SearchResults } from '../search/SearchResults.js';
import { usePageTitle } from './usePageTitle.js';

export interface SearchPageProps {
  text: string;
  role: Role;
  linkProps: LinkProps;
}

/** Results grouped per domain, each with links into its area. */
export function SearchPage({ text, role, linkProps }: SearchPageProps) {
  usePageTitle(text ? `Zoekresultaten voor "${text}"` : 'Zoeken');
  return (
    <>
      <h1>{text ? `Zoekresultaten voor "${text}"` : 'Zoeken'}</h1>
      {text.length < 2 ? (
        <p>Geef in het zoekveld bovenaan minstens 2 tekens in.</p>
      ) : (
        // key: a new search text starts every group afresh.
        <SearchResults key={text} text={text} role={role} linkProps={linkProps} />
      )}
    </>
  );
}
