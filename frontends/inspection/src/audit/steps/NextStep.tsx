import type { AuditDetail } from '../audit.operations.js';
import type { FieldWork } from '../../offline/useFieldWork.js';
import { CloseStep, CompleteReportStep, StartFollowUpStep } from './AfterReportSteps.js';
import { PrepareStep } from './PrepareStep.js';
import { ReportStep } from './ReportStep.js';
import { StartStep } from './StartStep.js';

/** Only the steps the audit's status allows (audit.workflow.ts); the server checks them again. */
export function NextStep({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  // key: a new status gets fresh forms (and fresh clientMutationIds).
  switch (audit.status) {
    case 'PLANNED':
      return <PrepareStep key={audit.status} audit={audit} work={work} />;
    case 'PREPARED':
      return <StartStep key={audit.status} audit={audit} work={work} />;
    case 'IN_PROGRESS':
      return <ReportStep key={audit.status} audit={audit} work={work} />;
    case 'REPORTED':
      return (
        <div key={audit.status}>
          <CompleteReportStep audit={audit} work={work} />
          <StartFollowUpStep audit={audit} work={work} />
          <CloseStep audit={audit} work={work} />
        </div>
      );
    case 'FOLLOW_UP':
      return <CloseStep key={audit.status} audit={audit} work={work} />;
    default:
      return <p>Deze doorlichting is {audit.status === 'CLOSED' ? 'afgesloten' : 'geannuleerd'}: er is geen volgende stap.</p>;
  }
}
