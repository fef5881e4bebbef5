import type { CompanySizeClass } from '../gql/graphql.js';

/** The RSZ size classes in words (number of employees). */
export function sizeClassLabel(sizeClass: CompanySizeClass): string {
  if (sizeClass === 'UNKNOWN') return 'Onbekend';
  if (sizeClass === 'SIZE_0') return 'Geen werknemers';
  if (sizeClass === 'SIZE_1000_PLUS') return '1000 of meer werknemers';
  const [, from, to] = sizeClass.split('_');
  return `${from} tot ${to} werknemers`;
}
