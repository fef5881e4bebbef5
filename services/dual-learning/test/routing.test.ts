import { describe, expect, it } from 'vitest';
import { routeToPartnership, type RoutablePartnership } from '../src/partnership/routing.js';
import { partnershipSeed } from '../src/seed/reference-data.js';

const partnerships: (RoutablePartnership & { code: string })[] = partnershipSeed.map((p) => ({
  id: p.code,
  code: p.code,
  kind: p.kind,
  jointCommittees: p.jointCommittees,
  takesRecognition: p.takesRecognition ?? true,
  activeFrom: p.activeFrom ? new Date(`${p.activeFrom}T00:00:00Z`) : null,
}));
const route = (committees: string[], on?: Date) => routeToPartnership(partnerships, committees, on)?.code;

describe('BR-06 routing by joint committee', () => {
  it('BR-06: routes a company to the sectoral partnership of its joint committee', () => {
    expect(route(['124'])).toBe('sp-bouw');
    expect(route(['302'])).toBe('sp-horeca');
    expect(route(['149.01'])).toBe('sp-elektriciens');
    expect(route(['149.04'])).toBe('sp-auto');
    expect(route(['PC 118'])).toBe('sp-voeding');
    expect(route(['331'])).toBe('sp-social-profit');
  });

  it('BR-06: a sub-committee belongs to its committee (140.03 → Transport), not to a sibling (149.02)', () => {
    expect(route(['140.03'])).toBe('sp-transport');
    expect(route(['149.02'])).toBe('vp');
  });

  it('BR-06: the first of the company committees that matches decides', () => {
    expect(route(['200', '124', '302'])).toBe('sp-bouw');
    expect(route(['302', '124'])).toBe('sp-horeca');
  });

  it('BR-06: no matching sectoral partnership → the Flemish Partnership (SYNTRA Vlaanderen)', () => {
    expect(route(['200'])).toBe('vp');
    expect(route([])).toBe('vp');
  });

  it('BR-06: a partnership not active yet on the day is skipped (Technologische industrie from 1/1/2018)', () => {
    expect(route(['111'], new Date('2017-12-31T12:00:00Z'))).toBe('vp');
    expect(route(['111'], new Date('2018-01-01T00:00:00Z'))).toBe('sp-technologische-industrie');
    expect(route(['111'])).toBe('sp-technologische-industrie');
  });

  it('BR-06: a partnership that does not take recognition requests is skipped', () => {
    const withoutBouw = partnerships.map((p) => (p.code === 'sp-bouw' ? { ...p, takesRecognition: false } : p));
    expect(routeToPartnership(withoutBouw, ['124'])?.code).toBe('vp');
  });

  it('returns null when there is no Flemish Partnership to fall back on', () => {
    expect(routeToPartnership(partnerships.filter((p) => p.kind === 'SECTORAL'), ['200'])).toBeNull();
  });
});
