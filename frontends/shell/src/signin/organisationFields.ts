import type { Role } from '../auth/roles.js';
import type { SignInOptions } from '../auth/signInOptions.js';

/** The one extra choice a role needs at sign-in: which organisation it acts for, or who the inspector is. */
export interface RoleChoice {
  /** The request field the chosen value goes into. */
  field: 'centreId' | 'partnershipId' | 'companyId' | 'userId';
  label: string;
  hint?: string;
  placeholder: string;
  missing: string;
  options: (lists: SignInOptions) => { value: string; label: string }[];
}

const teamLabels: Record<string, string> = { INSPECTION: 'team inspectie', SUPERVISION: 'team toezicht' };

export const roleChoices: Partial<Record<Role, RoleChoice>> = {
  CENTRE_USER: {
    field: 'centreId',
    label: 'Opleidingscentrum',
    placeholder: 'Kies een opleidingscentrum',
    missing: 'Kies het opleidingscentrum waarvoor u werkt.',
    options: (lists) => lists.trainingCentres.map((centre) => ({ value: centre.id, label: centre.name })),
  },
  PARTNERSHIP_STAFF: {
    field: 'partnershipId',
    label: 'Partnerschap',
    placeholder: 'Kies een partnerschap',
    missing: 'Kies het partnerschap waarvoor u werkt.',
    options: (lists) => lists.partnerships.map((partnership) => ({ value: partnership.id, label: partnership.name })),
  },
  COMPANY_USER: {
    field: 'companyId',
    label: 'Onderneming',
    hint: 'De eerste 100 ondernemingen op naam.',
    placeholder: 'Kies een onderneming',
    missing: 'Kies de onderneming waarvoor u optreedt.',
    options: (lists) => lists.companies.map((company) => ({ value: company.id, label: company.name })),
  },
  INSPECTOR: {
    field: 'userId',
    label: 'Auditor',
    hint: 'Uit het register van auditoren. U ziet dan de doorlichtingen die aan deze persoon zijn toegewezen.',
    placeholder: 'Kies uzelf in het register',
    missing: 'Kies wie u bent in het register van auditoren.',
    options: (lists) =>
      lists.auditors.map((auditor) => ({
        value: auditor.userId,
        label: auditor.team && teamLabels[auditor.team] ? `${auditor.name} (${teamLabels[auditor.team]})` : auditor.name,
      })),
  },
};
