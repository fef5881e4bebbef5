import { describe, expect, it } from 'vitest';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { isStaleRecordRefusal, refetchOnStaleRecord } from '../src/index.js';

/**
 * The page's client with the link, against a fetch that answers like the API: a track query, and a mutation refused
 * as stale (or for another reason). The link must refresh what is on screen after a stale refusal, and only then.
 */
function apiWith(refusal: { code: string; reason?: string }) {
  const asked: string[] = [];
  let version = 3;
  const fetch: typeof globalThis.fetch = async (_url, init) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string };
    asked.push(body.operationName);
    const payload =
      body.operationName === 'Track'
        ? { data: { track: { __typename: 'Track', id: 't1', version } } }
        : {
            data: null,
            errors: [{ message: 'Traject werd intussen door iemand anders gewijzigd / The track was changed', extensions: { ...refusal, currentVersion: version } }],
          };
    return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
  };
  const client = new ApolloClient({ link: refetchOnStaleRecord().concat(new HttpLink({ uri: 'http://api/graphql', fetch })), cache: new InMemoryCache() });
  return { client, asked, changeMeanwhile: () => (version += 1) };
}

const TRACK = gql`query Track { track(id: "t1") { id version } }`;
const UPDATE = gql`mutation UpdateTrack { updateTrackStartability(id: "t1", expectedVersion: 3) { id version } }`;

async function settle() {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('refetchOnStaleRecord', () => {
  it('fetches the queries on screen again after a change refused as stale, so the new version shows', async () => {
    const { client, asked, changeMeanwhile } = apiWith({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const seen: number[] = [];
    const watching = client.watchQuery({ query: TRACK }).subscribe(({ data }) => {
      const track = (data as { track?: { version: number } } | undefined)?.track;
      if (track) seen.push(track.version);
    });
    await settle();
    changeMeanwhile();
    const refused = await client.mutate({ mutation: UPDATE }).catch((error: unknown) => error);
    expect(isStaleRecordRefusal(refused)).toBe(true);
    await settle();
    expect(asked).toEqual(['Track', 'UpdateTrack', 'Track']);
    expect([seen[0], seen.at(-1)]).toEqual([3, 4]);
    watching.unsubscribe();
  });

  it('leaves the screen alone for any other refusal', async () => {
    const { client, asked } = apiWith({ code: 'CONFLICT' });
    const watching = client.watchQuery({ query: TRACK }).subscribe(() => undefined);
    await settle();
    const refused = await client.mutate({ mutation: UPDATE }).catch((error: unknown) => error);
    expect(isStaleRecordRefusal(refused)).toBe(false);
    await settle();
    expect(asked).toEqual(['Track', 'UpdateTrack']);
    watching.unsubscribe();
  });
});
