import { describe, expect, it } from 'vitest';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { namedRecordId, sendExpectedVersions } from '../src/index.js';

/** The page's client with the link, against a fetch that records what the API was sent. */
function client() {
  const sent: Record<string, unknown>[] = [];
  const fetch: typeof globalThis.fetch = async (_url, init) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables: Record<string, unknown> };
    sent.push(body.variables);
    const payload =
      body.operationName === 'Agreement'
        ? { data: { agreement: { __typename: 'Agreement', id: 'a1', version: 7, status: 'RUNNING' } } }
        : { data: { suspendAgreement: { __typename: 'Agreement', id: 'a1', version: 8, status: 'RUNNING' } } };
    return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
  };
  return { sent, client: new ApolloClient({ link: sendExpectedVersions().concat(new HttpLink({ uri: 'http://api/graphql', fetch })), cache: new InMemoryCache() }) };
}

const AGREEMENT = gql`query Agreement { agreement(id: "a1") { ...AgreementFields } } fragment AgreementFields on Agreement { id version status }`;
const SUSPEND = gql`
  mutation Suspend($id: ID!, $from: LocalDate!, $expectedVersion: Int) {
    suspendAgreement(id: $id, from: $from, expectedVersion: $expectedVersion) { ...AgreementFields }
  }
  fragment AgreementFields on Agreement { id version status }
`;
const SUSPEND_WITHOUT = gql`
  mutation SuspendWithout($id: ID!, $from: LocalDate!) { suspendAgreement(id: $id, from: $from) { ...AgreementFields } }
  fragment AgreementFields on Agreement { id version status }
`;

describe('sendExpectedVersions', () => {
  it('sends the version of the record the screen shows with a mutation that declares expectedVersion', async () => {
    const { client: apollo, sent } = client();
    await apollo.query({ query: AGREEMENT });
    await apollo.mutate({ mutation: SUSPEND, variables: { id: 'a1', from: '2026-10-01' } });
    expect(sent.at(-1)).toEqual({ id: 'a1', from: '2026-10-01', expectedVersion: 7 });
    // The answer moved the cache on: the next change carries the new version.
    await apollo.mutate({ mutation: SUSPEND, variables: { id: 'a1', from: '2026-10-02' } });
    expect(sent.at(-1)).toMatchObject({ expectedVersion: 8 });
  });

  it('keeps an explicit version, and adds none to a mutation that does not declare it or a record not on screen', async () => {
    const { client: apollo, sent } = client();
    await apollo.mutate({ mutation: SUSPEND, variables: { id: 'a1', from: '2026-10-01' } });
    expect(sent.at(-1)).toEqual({ id: 'a1', from: '2026-10-01' });
    await apollo.query({ query: AGREEMENT });
    await apollo.mutate({ mutation: SUSPEND, variables: { id: 'a1', from: '2026-10-01', expectedVersion: 3 } });
    expect(sent.at(-1)).toMatchObject({ expectedVersion: 3 });
    await apollo.mutate({ mutation: SUSPEND_WITHOUT, variables: { id: 'a1', from: '2026-10-01' } });
    expect(sent.at(-1)).toEqual({ id: 'a1', from: '2026-10-01' });
  });

  it('finds a record named by id in the cache when the mutation selects plain fields', async () => {
    const { client: apollo, sent } = client();
    await apollo.query({ query: AGREEMENT });
    const PLAIN = gql`mutation Plain($id: ID!, $from: LocalDate!, $expectedVersion: Int) { suspendAgreement(id: $id, from: $from, expectedVersion: $expectedVersion) { id version } }`;
    await apollo.mutate({ mutation: PLAIN, variables: { id: 'a1', from: '2026-10-01' } });
    expect(sent.at(-1)).toMatchObject({ expectedVersion: 7 });
  });

  it('finds the record a mutation names like the server does', () => {
    expect(namedRecordId({ input: { applicationId: 'x', reason: 'r' } }, 'RecognitionApplication')).toBe('x');
    expect(namedRecordId({ planId: 'p', roundId: 'r' }, 'AnnualActionPlan')).toBe('p');
    expect(namedRecordId({ partnershipId: 'p' }, 'RecognitionApplication')).toBeUndefined();
  });
});
