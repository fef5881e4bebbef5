import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { evaluateMarks } from '../src/criteria/mark-evaluation.js';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTrainingCentres } from '../src/seed.js';
import { criteriaVersionIdOf, criteriaVersionSeed, seedReferenceData } from '../src/seed/reference-data.js';

/** The seeded versions as plain data, the way the action-plan module hands them to evaluateMarks. */
function version(code: 'PRE_2018' | '2018_2019') {
  const seed = criteriaVersionSeed.find((v) => v.code === code)!;
  const id = criteriaVersionIdOf(code);
  const criteria = seed.criteria.map((c) => ({ id: `${c.mark}:${c.code}`, versionId: id, mark: c.mark, required: c.required ?? false }));
  return { version: { id, rules: seed.rules }, criteria };
}
const met = (...ids: string[]) => ids.map((criterionId) => ({ criterionId, met: true }));

describe('evaluateMarks (§2.3)', () => {
  it('§2.3 pre-2018: innovative needs never-organised and all three of doel-, markt- and beleidsgerichtheid', () => {
    const { version: v, criteria } = version('PRE_2018');
    const all = met('INNOVATIVE:never-organised', 'INNOVATIVE:doelgericht', 'INNOVATIVE:marktgericht', 'INNOVATIVE:beleidsgericht');
    expect(evaluateMarks(v, criteria, all).justified).toEqual(['INNOVATIVE']);
    const twoOfThree = all.slice(0, 3);
    const result = evaluateMarks(v, criteria, twoOfThree);
    expect(result.justified).toEqual([]);
    expect(result.evaluations.find((e) => e.mark === 'INNOVATIVE')!.requiredMissing).toEqual(['INNOVATIVE:beleidsgericht']);
  });

  it('§2.3 pre-2018: flexible needs at least 3 of the 5 criteria', () => {
    const { version: v, criteria } = version('PRE_2018');
    expect(evaluateMarks(v, criteria, met('FLEXIBLE:tempo', 'FLEXIBLE:vrijstellingen')).justified).toEqual([]);
    expect(evaluateMarks(v, criteria, met('FLEXIBLE:tempo', 'FLEXIBLE:vrijstellingen', 'FLEXIBLE:coaching')).justified).toEqual(['FLEXIBLE']);
  });

  it('§2.3: a track can be both innovative and flexible', () => {
    const { version: v, criteria } = version('2018_2019');
    const results = met(
      'INNOVATIVE:never-organised',
      'INNOVATIVE:nieuwe-marktactiviteiten',
      'INNOVATIVE:innovatieve-bedrijfsvoering',
      'FLEXIBLE:persoonsgericht',
      'FLEXIBLE:leer-evaluatievormen',
      'FLEXIBLE:doorlooptijd',
    );
    expect(evaluateMarks(v, criteria, results).justified.sort()).toEqual(['FLEXIBLE', 'INNOVATIVE']);
  });

  it('§2.3 2018-19: cross-fertilisation, incubation and informal learning are optional; the innovative business concept is required', () => {
    const { version: v, criteria } = version('2018_2019');
    expect(evaluateMarks(v, criteria, met('INNOVATIVE:never-organised', 'INNOVATIVE:nieuwe-marktactiviteiten', 'INNOVATIVE:kruisbestuiving', 'INNOVATIVE:incubatie')).justified).toEqual([]);
  });

  it('§2.3 2018-19: flexible needs all three criteria', () => {
    const { version: v, criteria } = version('2018_2019');
    expect(evaluateMarks(v, criteria, met('FLEXIBLE:persoonsgericht', 'FLEXIBLE:doorlooptijd')).justified).toEqual([]);
  });

  it('§2.3: an innovative rework needs a full run, a module, the support of the other Syntra and 2 of the 4 criteria', () => {
    const { version: v, criteria } = version('2018_2019');
    const base = met('INNOVATIVE_REWORK:full-run', 'INNOVATIVE_REWORK:module', 'INNOVATIVE_REWORK:supported', 'INNOVATIVE_REWORK:digitalisering');
    expect(evaluateMarks(v, criteria, base).justified).toEqual([]);
    expect(evaluateMarks(v, criteria, [...base, ...met('INNOVATIVE_REWORK:cleantech')]).justified).toEqual(['INNOVATIVE_REWORK']);
    const unsupported = [...base.filter((r) => r.criterionId !== 'INNOVATIVE_REWORK:supported'), ...met('INNOVATIVE_REWORK:cleantech')];
    expect(evaluateMarks(v, criteria, unsupported).justified).toEqual([]);
  });

  it('counts an unassessed criterion (met null) as not met, and ignores criteria of another version', () => {
    const { version: v, criteria } = version('PRE_2018');
    const other = version('2018_2019').criteria;
    const results = [...met('FLEXIBLE:tempo', 'FLEXIBLE:vrijstellingen'), { criterionId: 'FLEXIBLE:coaching', met: null }];
    expect(evaluateMarks(v, criteria, results).justified).toEqual([]);
    expect(evaluateMarks(v, other, met('FLEXIBLE:tempo', 'FLEXIBLE:vrijstellingen', 'FLEXIBLE:coaching')).justified).toEqual([]);
  });
});

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      seedWith: async (prisma) => {
        await seedTrainingCentres(prisma);
        await seedReferenceData(prisma);
        await seedReferenceData(prisma); // idempotent
      },
    }),
  );
});
afterAll(() => subgraph?.stop());

const VERSIONS = `{ criteriaVersions { code name approvedOn validFrom validUntil criteria { mark code text required position } rules { mark minimumMet description } } }`;

type Version = {
  code: string;
  approvedOn: string | null;
  validFrom: string;
  validUntil: string | null;
  criteria: { mark: string; code: string; text: string; required: boolean }[];
  rules: { mark: string; minimumMet: number }[];
};

describe('criteria versions (§2.3)', () => {
  it('§2.3: two versions, PRE_2018 valid until 31 August 2018 and 2018_2019 approved by the MSN in March 2018, valid from 1 September 2018', async () => {
    const result = await subgraph.query<{ criteriaVersions: Version[] }>(VERSIONS, { as: testUsers.inspector });
    expect(result.errors).toBeUndefined();
    const [pre, current] = result.data!.criteriaVersions;
    expect(pre).toMatchObject({ code: 'PRE_2018', validUntil: '2018-08-31' });
    expect(current).toMatchObject({ code: '2018_2019', validFrom: '2018-09-01', validUntil: null });
    expect(current!.approvedOn).toMatch(/^2018-03-/);
    expect(pre!.rules.find((r) => r.mark === 'FLEXIBLE')!.minimumMet).toBe(3);
    expect(pre!.criteria.filter((c) => c.mark === 'FLEXIBLE')).toHaveLength(5);
    expect(current!.criteria.filter((c) => c.mark === 'FLEXIBLE').map((c) => c.text)).toEqual([
      'persoonsgericht, oriëntatie en opvolging, coaching',
      'variabele leer- en evaluatievormen én een combinatie ervan',
      'flexibele doorlooptijd',
    ]);
  });

  it('§2.3: the criteria are word for word in Dutch', async () => {
    const result = await subgraph.query<{ criteriaVersion: Version }>(
      'query ($code: String!) { criteriaVersion(code: $code) { code criteria { mark code text required } } }',
      { variables: { code: 'PRE_2018' }, as: testUsers.centreUser(crypto.randomUUID()) },
    );
    const texts = result.data!.criteriaVersion.criteria.map((c) => c.text);
    expect(texts).toContain('de herwerking van een ondernemerstraject, dat een volledige doorlooptijd heeft gekend');
    expect(texts).toContain('De herwerking dient door de andere Syntra gedragen te zijn');
    expect(texts).toContain('digitale leeromgeving ter vervanging van de contacturen in de klas');
    expect(texts.some((t) => t.startsWith('een traject dat niet eerder in de praktijk georganiseerd werd door de Syntra'))).toBe(true);
  });

  it('needs a signed-in user; an unknown code is NOT_FOUND', async () => {
    const anonymous = await subgraph.query(VERSIONS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await subgraph.query('{ criteriaVersion(code: "1999") { code } }', { as: testUsers.agencyStaff });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
