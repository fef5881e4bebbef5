import type { Role, User } from '@werkplek/auth';
import { domainError, ErrorCode, forbidden } from './errors.js';

/** One step of a workflow: from which states, to which state, by which roles. */
export interface WorkflowStep<State extends string> {
  from: readonly State[];
  to: State;
  roles: readonly Role[];
  /** The step's name in Dutch, for messages ("beslissen"). */
  label: string;
}

/**
 * A state machine as data: the recognition, agreement, complaint and appeal workflows are tables of these, checked the
 * same way, so every illegal step is refused with the same kind of error naming the current state.
 */
export interface Workflow<State extends string, Step extends string> {
  /** What the workflow is about, in Dutch and English ("de aanvraag" / "the application"). */
  subject: { nl: string; en: string };
  stateLabels: Record<State, string>;
  steps: Record<Step, WorkflowStep<State>>;
}

export function defineWorkflow<State extends string, Step extends string>(workflow: Workflow<State, Step>) {
  return workflow;
}

/**
 * Checks that `user` may take `step` from `current`; returns the state it leads to. Role first (a role that may
 * never take the step hears FORBIDDEN), then state (INVALID_STATE_TRANSITION, naming where the record is now).
 */
export function checkStep<State extends string, Step extends string>(
  workflow: Workflow<State, Step>,
  step: Step,
  current: State,
  user: User,
): { from: State; to: State } {
  const definition = workflow.steps[step];
  if (!definition.roles.includes(user.role)) {
    throw forbidden(`Je mag niet ${definition.label}`, `You may not take the step ${step}`);
  }
  if (!definition.from.includes(current)) {
    throw domainError(
      ErrorCode.InvalidStateTransition,
      `Kan niet ${definition.label}: ${workflow.subject.nl} is '${workflow.stateLabels[current]}'`,
      `Cannot ${step}: ${workflow.subject.en} is ${current}`,
      { currentState: current, step },
    );
  }
  return { from: current, to: definition.to };
}
