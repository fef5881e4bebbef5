export { startTestSubgraph, type TestSubgraph, type DatabaseChoice } from './test-subgraph.js';
export { graphqlRequest, type GraphQLResponse } from './graphql-request.js';
export { testUsers } from './test-users.js';
