import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationMatrix, startTestSubgraph, type ArgumentRequest, type Scope, type TestSubgraph } from '@werkplek/test-kit';
import { trainingPolicy } from '../src/access/policy.js';
import { createTrainingSubgraph } from '../src/index.js';
import { sectionCodes } from '../src/qualitative-plan/template-sections.js';
import { buildTrainingSchema } from '../src/schema.js';
import { accessCallers, idFor, isAgency, seedAccessFixtures, type AccessFixtures } from './fixtures/access-fixtures.js';

/**
 * The generated authorization matrix of entrepreneur training (issue #7): every Query and Mutation of the schema and
 * every federated entity, called as every kind of caller on a record of Syntra West (the centre user's own centre) and
 * of Syntra Limburg, compared with src/access/policy.ts. A new operation without a policy entry, or a centre check
 * that goes missing, fails here.
 */

const now = new Date();
let fixtures: AccessFixtures;
let subgraph: TestSubgraph;

const day = (date: Date) => date.toISOString().slice(0, 10);
const yesterday = () => day(new Date(now.getTime() - 24 * 60 * 60 * 1000));

function valueFor({ operation, path, name, type, scope, caller }: ArgumentRequest): unknown {
  if (type === 'ID' || /Id$/.test(name)) {
    // An optional centre is a list filter or indicator scope, not the record named: left out.
    if (name === 'centreId' && !/requestCourse/.test(operation)) return undefined;
    // An optional track on a dossier is only for reworks.
    if (name === 'trackId' && path.startsWith('input.') && /TrainingDossier/.test(operation)) return undefined;
    return idFor(fixtures, operation, name, scope, caller.user);
  }
  // Valid values where class-validator or a domain rule would answer before the centre check.
  if (operation === 'Mutation.issueCertificate' && name === 'type') return isAgency(caller.user) ? 'PROFESSIONAL_KNOWLEDGE_CERTIFICATE' : fixtures[scope].centreIssuedType;
  if (operation === 'Mutation.issueCertificate' && name === 'issuedOn') return yesterday();
  if (name === 'courseYear' && /Mutation\.(enrol|requestCourse)$/.test(operation)) return now.getUTCFullYear();
  if (operation === 'Mutation.requestCourse' && name === 'capacity') return 20;
  if (operation === 'Mutation.addQualitativePlanItem' && name === 'section') return sectionCodes[0];
  if (operation === 'Mutation.addQualitativePlanItem' && name === 'text') return 'Wij breiden de taalcoaching uit naar alle campussen.';
  if (operation === 'Mutation.enrol' && name === 'component') return 'PROFESSIONAL_KNOWLEDGE';
  if (operation === 'Mutation.updateTrackStartability' && name === 'startableFrom') return `${now.getUTCFullYear() + 1}-09-01`;
  if (name === 'on' || name === 'enrolledOn') return yesterday();
  if (operation === 'Query.verifyCertificate' && name === 'number') return fixtures[scope].certificateNumber;
  if (operation === 'Query.criteriaVersion' && name === 'code') return '2018_2019';
  return undefined;
}

function entityFor(type: string, scope: Scope): Record<string, unknown> | undefined {
  const files = fixtures[scope];
  const ids: Record<string, string> = {
    ActionPlanRound: fixtures.shared.round,
    AnnualActionPlan: files.plan,
    Certificate: files.certificate,
    Course: files.course,
    Enrolment: files.enrolment,
    QualitativeAnnualPlan: files.qualitativePlan,
    Tender: fixtures.shared.tender,
    Track: files.track,
    TrainingCentre: files.centre,
  };
  return ids[type] ? { __typename: type, id: ids[type] } : undefined;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      now: () => now,
      seedWith: async (prisma) => {
        fixtures = await seedAccessFixtures(prisma, now);
      },
    }),
  );
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

describe('authorization matrix of training', () => {
  it('every operation and entity behaves as src/access/policy.ts declares, for every role on own and foreign records', async () => {
    const result = await authorizationMatrix({
      schema: await buildTrainingSchema(),
      policy: trainingPolicy,
      callers: accessCallers,
      execute: (query, variables, user) => subgraph.query(query, { variables, as: user }),
      valueFor,
      entityFor,
    });
    console.log(result.table);

    expect(result.undeclared).toEqual([]);
    expect(result.unknownInPolicy).toEqual([]);
    expect(result.mismatches).toEqual([]);
    // A call the matrix makes must end in an answer or a clear refusal, never in a server error.
    const serverErrors = result.rows.flatMap((row) =>
      row.cells.filter((cell) => cell.detail?.includes('INTERNAL_SERVER_ERROR')).map((cell) => `${row.operation} as ${cell.caller}: ${cell.detail}`),
    );
    expect(serverErrors).toEqual([]);
  }, 120_000);
});
