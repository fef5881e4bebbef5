import { useQuery } from '@apollo/client/react';
import { areaLinks } from '../routing/routes.js';
import type { LinkProps } from '../routing/links.js';
import { formatDate } from './dates.js';
import { revocationKindLabels } from './labels.js';
import { OPEN_REVOCATION_PROPOSALS_QUERY } from './workQueue.operations.js';
import { WorkQueue } from './WorkQueue.js';

/** Partnership staff: the inspection's proposals about their recognitions that still wait for a decision. */
export function RevocationProposalsQueue({ linkProps }: { linkProps: LinkProps }) {
  const { data, loading, error } = useQuery(OPEN_REVOCATION_PROPOSALS_QUERY, { fetchPolicy: 'cache-and-network' });
  const proposals = data?.revocationProposals ?? [];
  return (
    <WorkQueue
      title="Openstaande voorstellen tot opheffing"
      description="Voorstellen van de inspectie over uw erkenningen die op een beslissing wachten."
      loading={loading && !data}
      error={error}
      items={proposals.slice(0, 10).map((proposal) => ({
        key: proposal.id,
        href: proposal.recognition ? areaLinks.workplace(proposal.recognition.workplace.id) : areaLinks.revocationProposals,
        label: `${proposal.recognition?.workplace.name ?? 'Onbekende werkplek'} (${proposal.auditReference})`,
        details: `${revocationKindLabels[proposal.kind] ?? proposal.kind}, ontvangen op ${formatDate(proposal.receivedAt)}`,
      }))}
      totalCount={proposals.length}
      empty="Geen openstaande voorstellen."
      more={{ href: areaLinks.revocationProposals, label: 'Alle voorstellen tot opheffing' }}
      linkProps={linkProps}
    />
  );
}
