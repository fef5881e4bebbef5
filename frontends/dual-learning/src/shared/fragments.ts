import { graphql } from '../gql/index.js';

/*
 * Field selections used by more than one operation, each written once. Detail queries spread a record's fields and
 * every mutation that changes that record answers with the same fragment, so Apollo's cache (normalised by id) holds
 * the record's whole new state from the mutation's answer and the page shows it at once; the refetch after a step
 * adds only what changes elsewhere. The codegen's client preset adds a fragment's definition to every document that
 * spreads it; fragment masking is off in @werkplek/frontend-build, so the result types stay plain objects.
 */

/** One workflow step of a record (the history table, `StatusHistory`). */
export const STATUS_CHANGE_FIELDS = graphql(`
  fragment DualLearningStatusChangeFields on StatusChange {
    id
    step
    fromStatus
    toStatus
    actorName
    note
    at
  }
`);
