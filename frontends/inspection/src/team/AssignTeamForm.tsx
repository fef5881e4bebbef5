import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, FormErrorSummary, LoadingIndicator, Notice, SelectField, StatusBadge, SubmitButton, apiErrorMessage, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import type { AuditRole } from '../gql/graphql.js';
import type { AuditDetail } from '../audit/audit.operations.js';
import type { FieldWork } from '../offline/useFieldWork.js';
import { newId } from '../shared/ids.js';
import { labelOf, roleLabels } from '../shared/labels.js';
import { AUDITORS_QUERY, type AuditorRow } from './team.operations.js';
import { rolesFor, teamShortfall } from './teamRules.js';

const fieldId = (auditorId: string) => `team-${auditorId}`;

/** The field queue's key of a team change: a newer change replaces one that is still waiting (the last team wins). */
export const TEAM_CHANGE_KEY = 'team';

/**
 * Replaces the audit's team: one role (or none) per auditor of the register, offering only the roles the kind allows
 * (co-auditors of the Onderwijsinspectie on a dual quality audit, the Paritair College on a leertijd follow-up).
 * Sent through the audit's field queue: without a connection the change waits on the device and is sent when the
 * connection is back, with its clientMutationId, so a repeat changes the team once.
 */
export function AssignTeamForm({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  const auditors = useQuery(AUDITORS_QUERY);
  const [roles, setRoles] = useState<Record<string, AuditRole | ''>>(() =>
    Object.fromEntries(audit.assignments.map((assignment) => [assignment.auditor.id, assignment.role])),
  );
  const [clientMutationId, setClientMutationId] = useState(newId);
  const form = useSubmission();
  const changeWaiting = work.state.queue.some((entry) => entry.key === TEAM_CHANGE_KEY && !entry.error);

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
    const outcome = await work.submit({
      operation: 'AssignAuditors',
      variables: { input: { auditId: audit.id, clientMutationId, auditors: chosen.map(({ auditorId, role }) => ({ auditorId, role })) } },
      label: 'Nieuw team van de doorlichting',
      key: TEAM_CHANGE_KEY,
    });
    // The next change of the team is another step with its own id.
    setClientMutationId(newId());
    return outcome === 'sent' ? 'Het team is bewaard.' : 'Het team is op dit toestel bewaard en wordt verzonden zodra er weer verbinding is.';
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
      {changeWaiting && (
        <p>
          <StatusBadge tone="warning">Teamwijziging wacht op verzending</StatusBadge>
        </p>
      )}
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
