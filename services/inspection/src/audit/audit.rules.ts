import { badUserInput } from '@werkplek/subgraph-kit';
import {
  AuditKind,
  AuditorOrganisation,
  AuditRole,
  AuditSubjectType,
  InspectionTeam,
} from '../generated/prisma/enums.js';

/*
 * The rules that tie an audit's kind to its subject and its team, as pure functions (unit-tested without a database):
 * the service, the annual plan (adopting candidates as audits) and the seed share them.
 */

/**
 * Which team of Toezicht en inspectie runs a kind (§4.1–4.2): Team Toezicht supervises the dual-learning side (the
 * partnerships' processes, dual trajectories, and is "het aanspreekpunt voor de werkplekken"), Team Inspectie the
 * Syntra's subsidised training (entrepreneurship tracks, leertijd).
 */
export function teamOfKind(kind: AuditKind): InspectionTeam {
  switch (kind) {
    case AuditKind.PARTNERSHIP_SUPERVISION:
    case AuditKind.DUAL_QUALITY_AUDIT:
    case AuditKind.WORKPLACE_AUDIT:
      return InspectionTeam.SUPERVISION;
    case AuditKind.TRACK_INSPECTION:
    case AuditKind.APPRENTICESHIP_FOLLOW_UP:
      return InspectionTeam.INSPECTION;
  }
}

type Presence = 'required' | 'optional' | 'forbidden';

interface SubjectRule {
  subjects: readonly AuditSubjectType[];
  trainingCentre: Presence;
  partnership: Presence;
}

/**
 * What each kind may be about (§4.2): the supervision of a partnership's processes; a Syntra's tracks or courses; a
 * dual trajectory at a Syntra; a Syntra's leertijd; a recognised workplace or an agreement (with, optionally, the
 * sectoral partnership responsible for it).
 */
export const subjectRules: Record<AuditKind, SubjectRule> = {
  PARTNERSHIP_SUPERVISION: { subjects: [AuditSubjectType.PARTNERSHIP], trainingCentre: 'forbidden', partnership: 'required' },
  TRACK_INSPECTION: {
    subjects: [AuditSubjectType.TRAINING_CENTRE, AuditSubjectType.TRACK, AuditSubjectType.COURSE],
    trainingCentre: 'required',
    partnership: 'forbidden',
  },
  DUAL_QUALITY_AUDIT: {
    subjects: [AuditSubjectType.TRAINING_CENTRE, AuditSubjectType.TRACK],
    trainingCentre: 'required',
    partnership: 'forbidden',
  },
  APPRENTICESHIP_FOLLOW_UP: { subjects: [AuditSubjectType.TRAINING_CENTRE], trainingCentre: 'required', partnership: 'forbidden' },
  WORKPLACE_AUDIT: {
    subjects: [AuditSubjectType.WORKPLACE, AuditSubjectType.AGREEMENT],
    trainingCentre: 'forbidden',
    partnership: 'optional',
  },
};

const kindLabels: Record<AuditKind, string> = {
  PARTNERSHIP_SUPERVISION: 'een toezicht op een sectoraal partnerschap',
  TRACK_INSPECTION: 'een inspectie ondernemerschapstrajecten',
  DUAL_QUALITY_AUDIT: 'een kwaliteitsdoorlichting duaal leren',
  APPRENTICESHIP_FOLLOW_UP: 'een opvolgingsdoorlichting leertijd',
  WORKPLACE_AUDIT: 'een doorlichting van een werkplek',
};

export interface AuditSubjectInput {
  kind: AuditKind;
  subjectType: AuditSubjectType;
  subjectId: string;
  trainingCentreId?: string | null;
  partnershipId?: string | null;
}

/**
 * Checks the subject against the kind and returns the audited organisation: a training centre or partnership that is
 * itself the subject is filled in from the subject (and must agree with what was given).
 */
export function resolveAuditSubject(input: AuditSubjectInput): { trainingCentreId: string | null; partnershipId: string | null } {
  const rule = subjectRules[input.kind];
  if (!rule.subjects.includes(input.subjectType)) {
    throw badUserInput(
      `${kindLabels[input.kind]} gaat niet over ${input.subjectType} (wel: ${rule.subjects.join(', ')})`,
      `A ${input.kind} audit cannot be about a ${input.subjectType} (allowed: ${rule.subjects.join(', ')})`,
      { field: 'subjectType', allowed: rule.subjects },
    );
  }
  const organisation = (
    given: string | null | undefined,
    ownType: AuditSubjectType,
    presence: Presence,
    field: 'trainingCentreId' | 'partnershipId',
    label: { nl: string; en: string },
  ): string | null => {
    const fromSubject = input.subjectType === ownType ? input.subjectId : null;
    if (fromSubject && given && given !== fromSubject) {
      throw badUserInput(`${field} moet het onderwerp zelf zijn`, `${field} must be the subject itself`, { field });
    }
    const value = fromSubject ?? given ?? null;
    if (presence === 'required' && !value) {
      throw badUserInput(`Vermeld ${label.nl}`, `Give ${label.en}`, { field });
    }
    if (presence === 'forbidden' && value) {
      throw badUserInput(`${kindLabels[input.kind]} heeft geen ${label.nl}`, `A ${input.kind} audit has no ${label.en}`, { field });
    }
    return value;
  };
  return {
    trainingCentreId: organisation(input.trainingCentreId, AuditSubjectType.TRAINING_CENTRE, rule.trainingCentre, 'trainingCentreId', {
      nl: 'het doorgelichte opleidingscentrum',
      en: 'the audited training centre',
    }),
    partnershipId: organisation(input.partnershipId, AuditSubjectType.PARTNERSHIP, rule.partnership, 'partnershipId', {
      nl: 'het sectoraal partnerschap',
      en: 'the sectoral partnership',
    }),
  };
}

/** One member of an audit's team, as the rules see it. */
export interface TeamMember {
  auditorId: string;
  name: string;
  role: AuditRole;
  organisation: AuditorOrganisation;
  active: boolean;
}

/** The kinds done jointly with the Onderwijsinspectie (§4.4, §4.6): the only ones its inspectors work on. */
export const jointKinds: readonly AuditKind[] = [AuditKind.DUAL_QUALITY_AUDIT, AuditKind.APPRENTICESHIP_FOLLOW_UP];

/**
 * Checks a team for a kind, whatever the audit's stage: at most one LEAD, from the agency; the education
 * inspectorate's people only on joint kinds, as CO_AUDITOR on a dual quality audit and as PANEL_MEMBER of the
 * Paritair College of a leertijd follow-up audit; PANEL_MEMBER only there; no one twice; only active auditors.
 * `field` names the input at fault.
 */
export function checkAuditTeam(kind: AuditKind, members: readonly TeamMember[], field = 'auditors'): void {
  const seen = new Set<string>();
  for (const member of members) {
    if (seen.has(member.auditorId)) {
      throw badUserInput(`${member.name} staat twee keer in het team`, `${member.name} is in the team twice`, { field, auditorId: member.auditorId });
    }
    seen.add(member.auditorId);
    if (!member.active) {
      throw badUserInput(`${member.name} is niet meer actief als auditor`, `${member.name} is no longer an active auditor`, {
        field,
        auditorId: member.auditorId,
      });
    }
    const external = member.organisation === AuditorOrganisation.EDUCATION_INSPECTORATE;
    if (external && !jointKinds.includes(kind)) {
      throw badUserInput(
        `${member.name} (onderwijsinspectie) kan alleen meewerken aan gezamenlijke doorlichtingen (duaal leren, leertijd)`,
        `${member.name} (education inspectorate) only works on joint audits (dual learning, apprenticeship)`,
        { field, auditorId: member.auditorId },
      );
    }
    if (member.role === AuditRole.CO_AUDITOR && (!external || kind !== AuditKind.DUAL_QUALITY_AUDIT)) {
      throw badUserInput(
        'Co-auditor is alleen een inspecteur van de onderwijsinspectie bij een kwaliteitsdoorlichting duaal leren',
        'CO_AUDITOR is only an education inspector on a dual quality audit',
        { field, auditorId: member.auditorId },
      );
    }
    if (member.role === AuditRole.PANEL_MEMBER && kind !== AuditKind.APPRENTICESHIP_FOLLOW_UP) {
      throw badUserInput(
        'Een paritair college bestaat alleen bij een opvolgingsdoorlichting leertijd',
        'A PANEL_MEMBER (Paritair College) exists only on an apprenticeship follow-up audit',
        { field, auditorId: member.auditorId },
      );
    }
    if (external && member.role !== AuditRole.CO_AUDITOR && member.role !== AuditRole.PANEL_MEMBER) {
      throw badUserInput(
        `${member.name} (onderwijsinspectie) is co-auditor of lid van het paritair college, niet ${member.role}`,
        `${member.name} (education inspectorate) is a CO_AUDITOR or PANEL_MEMBER, not ${member.role}`,
        { field, auditorId: member.auditorId },
      );
    }
  }
  if (members.filter((member) => member.role === AuditRole.LEAD).length > 1) {
    throw badUserInput('Een doorlichting heeft één leidend inspecteur', 'An audit has one LEAD', { field });
  }
}

/** A condition the audit's team does not meet yet before the preparation can be finished. */
export interface TeamShortfall {
  precondition: 'LEAD_REQUIRED' | 'PARITAIR_COLLEGE_INCOMPLETE';
  nl: string;
  en: string;
}

/**
 * What the team still lacks for `prepare`: a LEAD; for a leertijd follow-up audit a Paritair College (the lead and
 * the panel members) with at least one member of the agency and one of the Onderwijsinspectie (§4.6).
 */
export function teamShortfall(kind: AuditKind, members: readonly TeamMember[]): TeamShortfall | null {
  if (!members.some((member) => member.role === AuditRole.LEAD)) {
    return { precondition: 'LEAD_REQUIRED', nl: 'wijs eerst een leidend inspecteur toe', en: 'assign a LEAD first' };
  }
  if (kind === AuditKind.APPRENTICESHIP_FOLLOW_UP) {
    const college = members.filter((member) => member.role === AuditRole.LEAD || member.role === AuditRole.PANEL_MEMBER);
    const agency = college.some((member) => member.organisation === AuditorOrganisation.AGENCY);
    const education = college.some((member) => member.organisation === AuditorOrganisation.EDUCATION_INSPECTORATE);
    if (!agency || !education) {
      return {
        precondition: 'PARITAIR_COLLEGE_INCOMPLETE',
        nl: 'het paritair college heeft minstens één inspecteur van SYNTRA Vlaanderen en één van de onderwijsinspectie nodig',
        en: 'the Paritair College needs at least one agency inspector and one education inspector',
      };
    }
  }
  return null;
}
