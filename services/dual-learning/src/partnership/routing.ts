/**
 * BR-06: the competent partnership follows from the company's joint committees (paritaire comités). A company
 * committee matches a partnership committee when it is the same number or a sub-committee of it ("140.03" under
 * "140"); the most specific match wins, then the order of the company's committees (its main committee first),
 * then the order of `partnerships`. A sectoral partnership that does not (yet) take recognition requests, or is not
 * active yet on `on`, is skipped. Nothing matches: the Flemish Partnership (handled by SYNTRA Vlaanderen).
 */
export interface RoutablePartnership {
  id: string;
  kind: 'FLEMISH' | 'SECTORAL';
  jointCommittees: readonly string[];
  takesRecognition?: boolean;
  activeFrom?: Date | null;
}

export function normaliseJointCommittee(value: string): string {
  return value.trim().replace(/^(PC|PSC|pc|psc)\s*/, '').replace(/,/g, '.');
}

function matches(companyCommittee: string, partnershipCommittee: string): boolean {
  return companyCommittee === partnershipCommittee || companyCommittee.startsWith(`${partnershipCommittee}.`);
}

export function routeToPartnership<P extends RoutablePartnership>(
  partnerships: readonly P[],
  jointCommittees: readonly string[],
  on?: Date,
): P | null {
  const sectoral = partnerships.filter(
    (p) => p.kind === 'SECTORAL' && p.takesRecognition !== false && !(on && p.activeFrom && p.activeFrom > on),
  );
  for (const raw of jointCommittees) {
    const committee = normaliseJointCommittee(raw);
    let best: { partnership: P; length: number } | null = null;
    for (const partnership of sectoral) {
      for (const own of partnership.jointCommittees) {
        const normalised = normaliseJointCommittee(own);
        if (matches(committee, normalised) && (!best || normalised.length > best.length)) {
          best = { partnership, length: normalised.length };
        }
      }
    }
    if (best) return best.partnership;
  }
  return partnerships.find((p) => p.kind === 'FLEMISH') ?? null;
}
