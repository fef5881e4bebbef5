import type { SessionUser } from '../auth/session.js';
import type { LinkProps } from '../routing/links.js';
import { ActionPlansToReviewQueue, OwnActionPlanQueue } from './ActionPlansQueue.js';
import { ApplicationsQueue } from './ApplicationsQueue.js';
import { AuditsThisWeekQueue, OverdueRecommendationsQueue } from './InspectionQueues.js';
import { RevocationProposalsQueue } from './RevocationProposalsQueue.js';

export interface RoleWorkQueuesProps {
  user: SessionUser;
  linkProps: LinkProps;
  today?: Date;
}

/** The work queues of the signed-in user's role; undefined when the role has none (the area links suffice). */
export function RoleWorkQueues({ user, linkProps, today }: RoleWorkQueuesProps) {
  const dates = today ? { today } : {};
  switch (user.role) {
    case 'AGENCY_STAFF':
      return (
        <>
          <ApplicationsQueue mode="nearing" linkProps={linkProps} {...dates} />
          <ActionPlansToReviewQueue linkProps={linkProps} />
          <AuditsThisWeekQueue assignedToMe={false} linkProps={linkProps} {...dates} />
        </>
      );
    case 'CENTRE_USER':
      return <OwnActionPlanQueue linkProps={linkProps} />;
    case 'INSPECTOR':
      return (
        <>
          <AuditsThisWeekQueue assignedToMe linkProps={linkProps} {...dates} />
          <OverdueRecommendationsQueue linkProps={linkProps} />
        </>
      );
    case 'PARTNERSHIP_STAFF':
      return (
        <>
          <ApplicationsQueue mode="open" linkProps={linkProps} {...dates} />
          <RevocationProposalsQueue linkProps={linkProps} />
        </>
      );
    case 'COMPANY_USER':
    case 'SCHOOL_USER':
      // Their own applications: the same undecided list, limited by the subgraph to what they submitted or own.
      return <ApplicationsQueue mode="open" linkProps={linkProps} {...dates} />;
    default:
      return null;
  }
}
