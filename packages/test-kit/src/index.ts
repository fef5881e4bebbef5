export { startTestSubgraph, type TestSubgraph, type DatabaseChoice } from './test-subgraph.js';
export { graphqlRequest, type GraphQLResponse } from './graphql-request.js';
export { testUsers } from './test-users.js';
export {
  authorizationMatrix,
  classify,
  expectedAccess,
  type ArgumentRequest,
  type MatrixCaller,
  type MatrixCell,
  type MatrixOptions,
  type MatrixResult,
  type MatrixRow,
  type Outcome,
  type Scope,
} from './authorization-matrix.js';
export { fuzzMutations, databaseFingerprint, unclearAnswer, type FuzzFinding, type FuzzOptions, type FuzzResult } from './mutation-fuzzer.js';
export { generateOperation, plainLeaf, sampleValue, type Ask, type GeneratedOperation, type GenerationChoices } from './operation-generator.js';
export { raceWriters, type Race } from './racing-writers.js';
export { describeOptimisticConcurrency, type ConcurrencyCase, type ConcurrencyFixture } from './optimistic-concurrency.js';
