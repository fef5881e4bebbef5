import type { AuditKind, AuditRole, AuditorOrganisation } from '../gql/graphql.js';

/**
 * The roles an auditor can have in an audit of this kind (services/inspection audit.rules.ts, checkAuditTeam):
 * agency people lead or inspect, and sit on the Paritair College of a leertijd follow-up; the Onderwijsinspectie is
 * co-auditor on a dual quality audit and panel member on a leertijd follow-up, and works on nothing else.
 */
export function rolesFor(kind: AuditKind, organisation: AuditorOrganisation): AuditRole[] {
  if (organisation === 'EDUCATION_INSPECTORATE') {
    if (kind === 'DUAL_QUALITY_AUDIT') return ['CO_AUDITOR'];
    if (kind === 'APPRENTICESHIP_FOLLOW_UP') return ['PANEL_MEMBER'];
    return [];
  }
  return kind === 'APPRENTICESHIP_FOLLOW_UP' ? ['LEAD', 'INSPECTOR', 'PANEL_MEMBER'] : ['LEAD', 'INSPECTOR'];
}

export interface Member {
  role: AuditRole;
  organisation: AuditorOrganisation;
}

/** What the team still lacks before the preparation can be finished (teamShortfall on the server), in Dutch. */
export function teamShortfall(kind: AuditKind, members: readonly Member[]): string | undefined {
  if (!members.some((member) => member.role === 'LEAD')) return 'Er is nog geen leidend auditor.';
  if (kind === 'APPRENTICESHIP_FOLLOW_UP') {
    const college = members.filter((member) => member.role === 'LEAD' || member.role === 'PANEL_MEMBER');
    if (!college.some((member) => member.organisation === 'EDUCATION_INSPECTORATE')) {
      return 'Het paritair college heeft nog iemand van de onderwijsinspectie nodig.';
    }
  }
  return undefined;
}
