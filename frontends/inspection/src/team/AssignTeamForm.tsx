import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, FormErrorSummary, LoadingIndicator, Notice, SelectField, SubmitButton, apiErrorMessage, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import type { AuditRole } from '../gql/graphql.js';
import type { AuditDetail } from '../audit/audit.operations.js';
import { newId } from '../shared/ids.js';
import { labelOf, roleLabels } from '../shared/labels.js';
import { ASSIGN_AUDITORS_MUTATION, AUDITORS_QUERY, type AuditorRow } from './team.operations.js';
import { rolesFor, teamShortfall } from './teamRules.js';

const fieldId = (auditorId: string) => `team-${auditorId}`;

/**
 * Replaces the audit's team: one role (or none) per auditor of the register, offering only the roles the kind allows
 * (co-auditors of the Onderwijsinspectie on a dual quality audit, the Paritair College on a leertijd follow-up).
 */
export function AssignTeamForm({ audit }: { audit: AuditDetail }) {
  const auditors = useQuery(AUDITORS_QUERY);
  const [roles, setRoles] = useState<Record<string, AuditRole | ''>>(() =>
    Object.fromEntries(audit.assignments.map((assignment) => [assignment.auditor.id, assignment.role])),
  );
  const [clientMutationId, setClientMutationId] = useState(newId);
  const [assign] = useMutation(ASSIGN_AUDITORS_MUTATION, { refetchQueries: ['AuditDetail'] });
  const form = useSubmission();

  if (auditors.loading && !auditors.data) return <LoadingIndicator label="De auditoren worden geladen…" />;
  if (auditors.error && !auditors.data) return <Alert title="De auditoren konden niet worden geladen.">{apiErrorMessage(auditors.error)}</Alert>;

  const current = new Set(audit.assignments.map((assignment) => assignment.auditor.id));
  // The audit's own team first; others of the agency stay available (the server does not tie people to a team).
  const candidates = (auditors.data?.auditors ?? [])
    .filter((auditor) => rolesFor(audit.kind, auditor.organisation).length > 0 || current.has(auditor.id))
    .sort((a, b) => Number(b.team === audit.team) - Number(a.team === audit.team) || a.name.localeCompare(b.name, 'nl-BE'));
  const byId = new Map(candidates.map((auditor) => [auditor.id, auditor]));
  const chosen = Object.entries(roles)
    .filter((entry): entry is [string, AuditRole] => entry[1] !== '' && byId.has(entry[0]))
    .map(([auditorId, role]) => ({ auditorId, role, organisation: byId.get(auditorId)!.organisation }));
  const shortfall = teamShortfall(audit.kind, chosen);

  function validate(): FormError[] {
    const leads = chosen.filter((member) => member.role === 'LEAD');
    const first = candidates[0];
    if (leads.length === 0 && first) return [{ fieldId: fieldId(first.id), message: 'Duid één leidend auditor aan.' }];
    if (leads.length > 1) return leads.slice(1).map((lead) => ({ fieldId: fieldId(lead.auditorId), message: 'Een doorlichting heeft één leidend auditor.' }));
    return [];
  }

  async function save(): Promise<string> {
    await assign({ variables: { input: { auditId: audit.id, clientMutationId, auditors: chosen.map(({ auditorId, role }) => ({ auditorId, role })) } } });
    // The next change of the team is another step with its own id.
    setClientMutationId(newId());
    return 'Het team is bewaard.';
  }

  const group = (title: string, people: AuditorRow[]) =>
    people.length > 0 && (
      <fieldset className="wp-inspection__team-group">
        <legend>{title}</legend>
        {people.map((auditor) => (
          <SelectField
            key={auditor.id}
            id={fieldId(auditor.id)}
            label={`Rol van ${auditor.name}`}
            options={[
              { value: '', label: 'Niet in het team' },
              ...rolesFor(audit.kind, auditor.organisation).map((role) => ({ value: role, label: labelOf(roleLabels, role) })),
            ]}
            value={roles[auditor.id] ?? ''}
            onChange={(event) => setRoles((before) => ({ ...before, [auditor.id]: event.target.value as AuditRole | '' }))}
            error={form.errorFor(fieldId(auditor.id))}
          />
        ))}
      </fieldset>
    );

  return (
    <form
      className="wp-form wp-inspection__form"
      aria-labelledby="team-form-titel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.run(save, { validate });
      }}
    >
      <h4 id="team-form-titel">Team toewijzen</h4>
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      <SubmissionResult error={form.error} confirmation={form.confirmation} errorTitle="Het team werd niet bewaard." />
      {shortfall && (
        <Notice tone="warning" title="Nog niet klaar voor de voorbereiding">
          <p>{shortfall}</p>
        </Notice>
      )}
      {group(
        'SYNTRA Vlaanderen',
        candidates.filter((auditor) => auditor.organisation === 'AGENCY'),
      )}
      {group(
        audit.kind === 'APPRENTICESHIP_FOLLOW_UP' ? 'Onderwijsinspectie (paritair college)' : 'Onderwijsinspectie (co-auditors)',
        candidates.filter((auditor) => auditor.organisation === 'EDUCATION_INSPECTORATE'),
      )}
      <SubmitButton pending={form.pending} pendingLabel="Bezig met bewaren…">
        Team bewaren
      </SubmitButton>
    </form>
  );
}
