import type { ProposalDelivery, RevocationKind, RevocationProposalStatus } from '../gql/graphql.js';
import type { StatusTone } from '@werkplek/ui';

export const revocationKindLabels: Record<RevocationKind, string> = {
  WITHDRAWAL: 'Opheffing van de erkenning',
  EXCLUSION: 'Uitsluiting van de onderneming',
};

export const deliveryLabels: Record<ProposalDelivery, { label: string; tone: StatusTone }> = {
  PENDING: { label: 'Nog te bezorgen aan duaal leren', tone: 'warning' },
  DELIVERED: { label: 'Ontvangen door duaal leren', tone: 'success' },
  REFUSED: { label: 'Geweigerd door duaal leren', tone: 'error' },
};

export const decisionLabels: Record<RevocationProposalStatus, { label: string; tone: StatusTone }> = {
  PROPOSED: { label: 'Wacht op beslissing', tone: 'info' },
  ACCEPTED: { label: 'Aanvaard', tone: 'success' },
  REJECTED: { label: 'Afgewezen', tone: 'neutral' },
};
