import type { Role } from '../auth/roles.js';

/** What each role may search (the subgraphs' own authorisation; asking for more would only return FORBIDDEN). */
export interface SearchScope {
  workplaces: boolean;
  companies: boolean;
  training: boolean;
  audits: boolean;
}

export function searchScopeOf(role: Role): SearchScope {
  switch (role) {
    case 'AGENCY_STAFF':
    case 'INSPECTOR':
      return { workplaces: true, companies: true, training: true, audits: true };
    case 'PARTNERSHIP_STAFF':
      return { workplaces: true, companies: true, training: false, audits: true };
    case 'CENTRE_USER':
      return { workplaces: false, companies: false, training: true, audits: true };
    case 'COMPANY_USER':
      return { workplaces: false, companies: true, training: false, audits: false };
    default:
      return { workplaces: false, companies: false, training: false, audits: false };
  }
}

/** Case- and accent-insensitive "contains", for the lists the shell filters itself. */
export function matchesText(value: string, text: string): boolean {
  const fold = (input: string) => input.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('nl-BE');
  return fold(value).includes(fold(text));
}
