import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { gql } from '@apollo/client';
import { print } from 'graphql';
import { createApolloClient } from '../src/apollo/createApolloClient.js';

/**
 * Automatic persisted queries from the shell's client: the hash first; the text only when the gateway answers
 * PERSISTED_QUERY_NOT_FOUND (as Apollo Server does, proven at the gateway in gateway/test/security.test.ts).
 */
const CENTRES = gql`
  query Centres {
    trainingCentres {
      id
      name
    }
  }
`;

function fakeGateway() {
  const known = new Map<string, string>();
  const bodies: { query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } }[] = [];
  const fetchImpl = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as (typeof bodies)[number];
    bodies.push(body);
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    if (hash && body.query) known.set(hash, body.query);
    const answer =
      hash && !body.query && !known.has(hash)
        ? { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }
        : { data: { trainingCentres: [{ __typename: 'TrainingCentre', id: 'tc-w', name: 'Syntra West' }] } };
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetchImpl: fetchImpl as typeof fetch, bodies };
}

describe('persisted queries', () => {
  it('sends the SHA-256 of the operation, then the text once when the gateway does not know it, then the hash alone', async () => {
    const gateway = fakeGateway();
    const client = createApolloClient('http://gateway.test', () => undefined, { persistedQueries: true, fetch: gateway.fetchImpl });
    const first = await client.query({ query: CENTRES, fetchPolicy: 'network-only' });
    expect(first.data).toEqual({ trainingCentres: [{ __typename: 'TrainingCentre', id: 'tc-w', name: 'Syntra West' }] });
    const hash = createHash('sha256').update(print(client.documentTransform.transformDocument(CENTRES))).digest('hex');
    expect(gateway.bodies.map((body) => [body.extensions?.persistedQuery?.sha256Hash, body.query === undefined ? 'zonder tekst' : 'met tekst'])).toEqual([
      [hash, 'zonder tekst'],
      [hash, 'met tekst'],
    ]);
    await client.query({ query: CENTRES, fetchPolicy: 'network-only' });
    expect(gateway.bodies).toHaveLength(3);
    expect(gateway.bodies[2]).toMatchObject({ extensions: { persistedQuery: { sha256Hash: hash } } });
    expect(gateway.bodies[2]?.query).toBeUndefined();
  });

  it('sends the full text every time when the option is off', async () => {
    const gateway = fakeGateway();
    const client = createApolloClient('http://gateway.test', () => undefined, { fetch: gateway.fetchImpl });
    await client.query({ query: CENTRES });
    expect(gateway.bodies).toHaveLength(1);
    expect(gateway.bodies[0]?.query).toContain('query Centres');
    expect(gateway.bodies[0]?.extensions?.persistedQuery).toBeUndefined();
  });
});
