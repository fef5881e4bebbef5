import { Notice } from '@werkplek/ui';
import { mayTake, type AuditDetail, type ChecklistEntry } from '../audit/audit.operations.js';
import type { FieldWork } from '../offline/useFieldWork.js';
import { answerInput } from './answers.js';
import { ChecklistAnswerRow, ChecklistQuestion } from './ChecklistQuestion.js';

/** The questions grouped by the template's sections, in the template's order. */
function sections(checklist: readonly ChecklistEntry[]): [string, ChecklistEntry[]][] {
  const groups = new Map<string, ChecklistEntry[]>();
  for (const entry of [...checklist].sort((a, b) => a.question.position - b.question.position)) {
    const group = groups.get(entry.question.section) ?? [];
    group.push(entry);
    groups.set(entry.question.section, group);
  }
  return [...groups];
}

const numberFormat = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 });

export function ChecklistScoreSummary({ audit }: { audit: AuditDetail }) {
  const score = audit.checklistScore;
  return (
    <p className="wp-inspection__score">
      Score {numberFormat.format(score.score)} van {numberFormat.format(score.maxScore)}
      {score.percentage !== null && score.percentage !== undefined ? ` (${numberFormat.format(score.percentage)} %)` : ''} ·{' '}
      {score.answeredCount} van {audit.checklist.length} vragen beantwoord · {score.requiredCount - score.unansweredRequired.length} van{' '}
      {score.requiredCount} verplichte
    </p>
  );
}

/**
 * The checklist form, driven by the template the audit pinned at `prepare`. While the visit runs every answer is
 * kept on the device as it is typed and sent when finished (a choice, leaving a field); offline it waits in the queue.
 */
export function ChecklistForm({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  // The server's allowedSteps: 'log' only for an assigned inspector while the visit runs.
  const editable = mayTake(audit, 'log');
  if (!audit.template || audit.checklist.length === 0) {
    return <Notice>Deze doorlichting heeft nog geen checklist: het kader wordt vastgelegd bij de voorbereiding.</Notice>;
  }
  const templateLine = `${audit.template.title}, versie ${audit.template.version}`;

  if (!editable) {
    return (
      <div className="wp-inspection__checklist">
        <p>Kader: {templateLine}.</p>
        <ChecklistScoreSummary audit={audit} />
        {audit.status === 'PLANNED' || audit.status === 'PREPARED' ? (
          <Notice>De checklist kan worden ingevuld zodra het terreinbezoek gestart is.</Notice>
        ) : null}
        {sections(audit.checklist).map(([section, entries]) => (
          <section key={section} aria-label={section}>
            <h4>{section}</h4>
            <dl className="wp-description-list">
              {entries.map((entry) => (
                <ChecklistAnswerRow key={entry.question.id} entry={entry} />
              ))}
            </dl>
          </section>
        ))}
      </div>
    );
  }

  const { state, store, queue } = work;
  return (
    <div className="wp-inspection__checklist">
      <p>
        Kader: {templateLine}. Uw antwoorden worden bewaard terwijl u typt en verzonden zodra u een keuze maakt of een veld
        verlaat.
      </p>
      <ChecklistScoreSummary audit={audit} />
      {sections(audit.checklist).map(([section, entries]) => (
        <section key={section} aria-labelledby={`sectie-${entries[0]?.question.id}`}>
          <h4 id={`sectie-${entries[0]?.question.id}`}>{section}</h4>
          <ol className="wp-inspection__questions">
            {entries.map((entry) => {
              const key = `answer:${entry.question.id}`;
              const queued = state.queue.filter((operation) => operation.key === key);
              return (
                <ChecklistQuestion
                  key={entry.question.id}
                  entry={entry}
                  draft={state.answers[entry.question.id]}
                  pending={queued.some((operation) => !operation.error)}
                  refusal={queued.find((operation) => operation.error)?.error}
                  onDraft={(draft) => store.setAnswerDraft(entry.question.id, draft)}
                  onCommit={(draft) =>
                    queue({
                      operation: 'AnswerChecklistQuestion',
                      variables: { input: answerInput(audit.id, entry.question, draft) },
                      label: `Antwoord op vraag ${entry.question.code}`,
                      key,
                      answer: { questionId: entry.question.id, draft },
                    })
                  }
                />
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
