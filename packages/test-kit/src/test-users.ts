import { Role, serviceUser, type User } from '@werkplek/auth';

/** One user per role, for tests that act as somebody. */
export const testUsers = {
  agencyStaff: { id: 'test-staff', name: 'Sofie Claes', role: Role.AgencyStaff } satisfies User,
  inspector: { id: 'test-inspector', name: 'Pieter De Smet', role: Role.Inspector } satisfies User,
  centreUser: (centreId: string): User => ({ id: 'test-centre-user', name: 'Lien Maes', role: Role.CentreUser, centreId }),
  partnershipStaff: (partnershipId: string): User => ({
    id: 'test-partnership-staff',
    name: 'Koen Janssens',
    role: Role.PartnershipStaff,
    partnershipId,
  }),
  companyUser: (companyId: string): User => ({ id: 'test-company-user', name: 'Els Peeters', role: Role.CompanyUser, companyId }),
  schoolUser: { id: 'test-school-user', name: 'Trajectbegeleider Campus Brugge', role: Role.SchoolUser } satisfies User,
  /** The inspection service acting as itself (what a service token becomes at the gateway). */
  inspectionService: serviceUser('inspection'),
};
