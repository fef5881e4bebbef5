import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import { RecognitionStatus } from '../generated/prisma/enums.js';

/** A recognition's life (§3.6): active until withdrawn (opheffing) or ended by an exclusion (uitsluiting). */
export const recognitionWorkflow = defineWorkflow({
  subject: { nl: 'de erkenning', en: 'the recognition' },
  stateLabels: { ACTIVE: 'Actief', WITHDRAWN: 'Opgeheven', EXCLUDED: 'Uitgesloten' },
  steps: {
    withdraw: {
      from: [RecognitionStatus.ACTIVE],
      to: RecognitionStatus.WITHDRAWN,
      roles: [Role.AgencyStaff, Role.PartnershipStaff],
      label: 'de erkenning opheffen',
    },
    exclude: {
      from: [RecognitionStatus.ACTIVE],
      to: RecognitionStatus.EXCLUDED,
      roles: [Role.AgencyStaff, Role.PartnershipStaff],
      label: 'de onderneming uitsluiten',
    },
  },
});

/**
 * An exclusion's state is computed on the request's day (`exclusionStateOn`): SCHEDULED before `startsOn`, ACTIVE
 * from `startsOn` through `endsOn` (open-ended when null), ENDED after it, LIFTED once `liftedOn` is set (by
 * `liftCompanyExclusion` or an annulling appeal). Only a scheduled or active exclusion can be lifted.
 */
export type ExclusionState = 'SCHEDULED' | 'ACTIVE' | 'ENDED' | 'LIFTED';

export const exclusionWorkflow = defineWorkflow<ExclusionState, 'lift'>({
  subject: { nl: 'de uitsluiting', en: 'the exclusion' },
  stateLabels: { SCHEDULED: 'Gepland', ACTIVE: 'Lopend', ENDED: 'Afgelopen', LIFTED: 'Opgeheven' },
  steps: {
    lift: {
      from: ['SCHEDULED', 'ACTIVE'],
      to: 'LIFTED',
      roles: [Role.AgencyStaff, Role.PartnershipStaff],
      label: 'de uitsluiting opheffen',
    },
  },
});

/** The state of an exclusion on `day` (midnight UTC). */
export function exclusionStateOn(
  exclusion: { startsOn: Date; endsOn: Date | null; liftedOn: Date | null },
  day: Date,
): ExclusionState {
  if (exclusion.liftedOn) return 'LIFTED';
  if (exclusion.startsOn > day) return 'SCHEDULED';
  if (exclusion.endsOn && exclusion.endsOn < day) return 'ENDED';
  return 'ACTIVE';
}
