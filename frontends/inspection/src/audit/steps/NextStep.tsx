import { mayTake, type AuditDetail } from '../audit.operations.js';
import type { FieldWork } from '../../offline/useFieldWork.js';
import { CloseStep, CompleteReportStep, StartFollowUpStep } from './AfterReportSteps.js';
import { PrepareStep } from './PrepareStep.js';
import { ReportStep } from './ReportStep.js';
import { StartStep } from './StartStep.js';

/**
 * Exactly the workflow steps the server lists in allowedSteps for the signed-in user (status, role, team); a listed
 * step can still be refused by its own conditions, which the forms show.
 */
export function NextStep({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  const forms = [
    mayTake(audit, 'prepare') && <PrepareStep key="prepare" audit={audit} work={work} />,
    mayTake(audit, 'start') && <StartStep key="start" audit={audit} work={work} />,
    mayTake(audit, 'report') && <ReportStep key="report" audit={audit} work={work} />,
    mayTake(audit, 'completeReport') && <CompleteReportStep key="completeReport" audit={audit} work={work} />,
    mayTake(audit, 'startFollowUp') && <StartFollowUpStep key="startFollowUp" audit={audit} work={work} />,
    mayTake(audit, 'close') && <CloseStep key="close" audit={audit} work={work} />,
  ].filter(Boolean);
  if (forms.length > 0) {
    // key: a new status gets fresh forms (and fresh clientMutationIds).
    return <div key={audit.status}>{forms}</div>;
  }
  if (audit.status === 'CLOSED' || audit.status === 'CANCELLED') {
    return <p>Deze doorlichting is {audit.status === 'CLOSED' ? 'afgesloten' : 'geannuleerd'}: er is geen volgende stap.</p>;
  }
  return <p>Er is nu geen stap die jij kunt zetten: alleen de toegewezen inspecteurs zetten de stappen van deze doorlichting.</p>;
}
