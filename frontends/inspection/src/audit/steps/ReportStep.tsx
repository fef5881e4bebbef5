import { useState } from 'react';
import { Notice, RadioGroup, TextAreaField, type FormError } from '@werkplek/ui';
import type { AuditResult } from '../../gql/graphql.js';
import type { AuditDetail } from '../audit.operations.js';
import type { FieldWork } from '../../offline/useFieldWork.js';
import { StepForm } from './StepForm.js';

/**
 * IN_PROGRESS → REPORTED. A supervision needs advice (advies), a leertijd follow-up a result; the server refuses the
 * report while required questions are unanswered, so they are listed here first.
 */
export function ReportStep({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  const [summary, setSummary] = useState('');
  const [advice, setAdvice] = useState('');
  const [result, setResult] = useState<AuditResult | undefined>();
  const needsAdvice = audit.kind === 'PARTNERSHIP_SUPERVISION';
  const needsResult = audit.kind === 'APPRENTICESHIP_FOLLOW_UP';
  const ids = { summary: 'stap-verslag', advice: 'stap-advies', result: 'stap-resultaat' };
  const unanswered = audit.checklistScore.unansweredRequired;

  const validate = (): FormError[] => {
    const errors: FormError[] = [];
    const text = summary.trim();
    if (text.length < 20 || text.length > 20000) errors.push({ fieldId: ids.summary, message: 'Schrijf een verslag van 20 tot 20000 tekens.' });
    const adviceText = advice.trim();
    if (needsAdvice && adviceText.length === 0) errors.push({ fieldId: ids.advice, message: 'Een toezicht op een partnerschap heeft een advies nodig.' });
    else if (adviceText.length > 0 && (adviceText.length < 10 || adviceText.length > 10000))
      errors.push({ fieldId: ids.advice, message: 'Schrijf een advies van 10 tot 10000 tekens.' });
    if (needsResult && !result) errors.push({ fieldId: ids.result, message: 'Kies het resultaat van de opvolgingsdoorlichting.' });
    return errors;
  };

  return (
    <StepForm
      title="Verslag opleveren"
      submitLabel="Verslag opleveren"
      work={work}
      validate={validate}
      intro={
        unanswered.length > 0 ? (
          <Notice tone="warning" title="Nog niet alle verplichte vragen zijn beantwoord">
            <ul>
              {unanswered.map((question) => (
                <li key={question.id}>
                  {question.code} {question.text}
                </li>
              ))}
            </ul>
          </Notice>
        ) : undefined
      }
      operation={(clientMutationId) => ({
        operation: 'ReportAudit',
        variables: {
          input: { auditId: audit.id, clientMutationId, reportSummary: summary.trim(), advice: advice.trim() || undefined, result },
        },
        label: 'Verslag opleveren',
      })}
    >
      {(errorFor) => (
        <>
          <TextAreaField id={ids.summary} label="Verslag" required rows={6} value={summary} onChange={(event) => setSummary(event.target.value)} error={errorFor(ids.summary)} />
          <TextAreaField
            id={ids.advice}
            label={needsAdvice ? 'Advies aan het partnerschap' : 'Advies of besluit (niet verplicht)'}
            required={needsAdvice}
            rows={4}
            value={advice}
            onChange={(event) => setAdvice(event.target.value)}
            error={errorFor(ids.advice)}
          />
          {needsResult && (
            <RadioGroup
              id={ids.result}
              legend="Resultaat"
              name={ids.result}
              required
              options={[
                { value: 'POSITIVE', label: 'Positief' },
                { value: 'NOT_POSITIVE', label: 'Niet positief' },
              ]}
              value={result}
              onChange={(value) => setResult(value as AuditResult)}
              error={errorFor(ids.result)}
            />
          )}
        </>
      )}
    </StepForm>
  );
}
