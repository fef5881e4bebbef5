import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type User } from '@werkplek/auth';
import { authorizationMatrix, startTestSubgraph, testUsers, type ArgumentRequest, type MatrixCaller, type Scope, type TestSubgraph } from '@werkplek/test-kit';
import { dualLearningPolicy } from '../src/access/policy.js';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { buildDualLearningSchema } from '../src/schema.js';
import { seedDualLearning } from '../src/seed.js';
import { createDualLearningSubgraph } from '../src/index.js';

/**
 * The generated authorization matrix of dual learning (issue #7): every Query and Mutation of the schema and every
 * federated entity, called as every role on an own and a foreign file of the demo seed, compared with
 * src/access/policy.ts. A new operation without a policy entry, or a scope check that goes missing, fails here.
 *
 * "Own" and "foreign" are two demo workplaces with their company and competent partnership: everything at the own
 * workplace (its application, recognition, agreement, mentor, appeal, exclusion, revocation proposal) belongs to both
 * the own company and the own partnership, so one record serves both callers and the `_entities` runs (which cannot
 * tell callers apart) too.
 */

const SCHOOL_USER: User = testUsers.schoolUser;

interface Fixture {
  partnership: string;
  partnershipName: string;
  company: string;
  workplace: string;
  application: string;
  recognition: string;
  recognitionFrom: string;
  training: string;
  agreement: string;
  mentor: string;
  complaint: string;
  signal: string;
  appeal: string;
  exclusion: string;
  proposal: string;
  learner: string;
}

const fixtures: Partial<Record<Scope, Fixture>> = {};
let subgraph: TestSubgraph;

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The files of one demo workplace (with its company and competent partnership). The demo seed recognised the workplace;
 * the files it has none of at that workplace are added here (each kind once), so every operation names a real record.
 */
async function fixtureAt(prisma: PrismaClient, workplaceId: string, partnershipId: string, recognitionId: string): Promise<Fixture> {
  const workplace = await prisma.workplace.findUniqueOrThrow({ where: { id: workplaceId } });
  const partnership = await prisma.partnership.findUniqueOrThrow({ where: { id: partnershipId } });
  const recognition = await prisma.recognition.findUniqueOrThrow({ where: { id: recognitionId } });
  const today = new Date(`${day(new Date())}T00:00:00Z`);
  const actor = { id: 'matrix-seed', name: 'Matrix' };
  const existing = async <Row extends { id: string }>(found: Promise<Row | null>, create: () => Promise<Row>) => ((await found) ?? (await create())).id;
  const learner = await existing(prisma.learner.findFirst(), () => prisma.learner.create({ data: { name: 'Leerling Matrix', trainingProvider: 'Campus Matrix' } }));
  const mentor = await existing(prisma.mentor.findFirst({ where: { workplaceId } }), () =>
    prisma.mentor.create({
      data: { workplaceId, name: 'Mentor Matrix', nationalRegisterHash: `matrix-${workplaceId}`, birthDate: new Date('1980-01-01'), yearsOfExperience: 10 },
    }),
  );
  return {
    partnership: partnership.id,
    partnershipName: partnership.name,
    company: workplace.companyId!,
    workplace: workplaceId,
    application: recognition.applicationId!,
    recognition: recognition.id,
    recognitionFrom: day(recognition.validFrom),
    training: recognition.trainingId,
    learner,
    mentor,
    agreement: await existing(prisma.agreement.findFirst({ where: { workplaceId, recognitionId } }), () =>
      prisma.agreement.create({
        data: {
          type: 'OAO',
          workplaceId,
          recognitionId,
          trainingId: recognition.trainingId,
          learnerId: learner,
          mentorId: mentor,
          startDate: new Date('2026-09-01'),
          plannedEndDate: new Date('2027-06-30'),
          registeredById: actor.id,
        },
      }),
    ),
    complaint: await existing(prisma.complaint.findFirst({ where: { partnershipId } }), () =>
      prisma.complaint.create({
        data: {
          kind: 'COMPLAINT',
          subject: 'Klacht',
          description: 'Geen begeleiding op de werkplek',
          submitterName: 'Ouder',
          receivedOn: today,
          acknowledgeDueOn: today,
          closeDueOn: today,
          partnershipId,
          workplaceId,
        },
      }),
    ),
    signal: await existing(prisma.signal.findFirst({ where: { partnershipId, workplaceId } }), () =>
      prisma.signal.create({
        data: { workplaceId, partnershipId, source: 'WORKPLACE_COACH', description: 'Signaal', raisedOn: today, raisedById: actor.id },
      }),
    ),
    appeal: await existing(prisma.appeal.findFirst({ where: { workplaceId } }), () =>
      prisma.appeal.create({
        data: {
          decisionType: 'WITHDRAWAL',
          workplaceId,
          recognitionId,
          notifiedOn: today,
          lodgedOn: today,
          motivation: 'Wij zijn het niet eens met de opheffing',
          decisionDueOn: today,
        },
      }),
    ),
    exclusion: await existing(prisma.companyExclusion.findFirst({ where: { recognitionId } }), () =>
      prisma.companyExclusion.create({
        data: { companyId: workplace.companyId!, workplaceId, recognitionId, reason: 'Mentoropleiding niet gevolgd', startsOn: today, decidedById: actor.id },
      }),
    ),
    proposal: await existing(prisma.revocationProposal.findFirst({ where: { recognitionId } }), () =>
      prisma.revocationProposal.create({
        data: {
          id: crypto.randomUUID(),
          recognitionId,
          auditId: crypto.randomUUID(),
          auditReference: 'AUD-MATRIX',
          kind: 'WITHDRAWAL',
          reason: 'Ernstige tekortkomingen',
          proposedBy: 'Inspectie',
          proposedAt: today,
          receivedAt: today,
        },
      }),
    ),
  };
}

/** Two recognised demo workplaces of different companies and partnerships (that take guidance and complaints). */
async function pickFixtures(prisma: PrismaClient) {
  const recognitions = await prisma.recognition.findMany({
    where: { applicationId: { not: null }, workplace: { companyId: { not: null } }, partnership: { takesComplaints: true, takesGuidance: true } },
    include: { workplace: true, partnership: true },
    orderBy: { id: 'asc' },
  });
  // The workplace's sectoral partnership is the one that recognised it (mentors and guidance go by that name).
  const usable = recognitions.filter((recognition) => recognition.workplace.sectoralPartnership === recognition.partnership.name);
  const own = usable[0];
  const foreign = usable.find((candidate) => candidate.partnershipId !== own?.partnershipId && candidate.workplace.companyId !== own?.workplace.companyId);
  if (!own || !foreign) throw new Error('the demo seed has no two recognised workplaces of different partnerships');
  fixtures.own = await fixtureAt(prisma, own.workplaceId, own.partnershipId, own.id);
  fixtures.foreign = await fixtureAt(prisma, foreign.workplaceId, foreign.partnershipId, foreign.id);
}

const fixture = (scope: Scope) => fixtures[scope]!;

const callers: MatrixCaller[] = [
  { label: 'anoniem', user: null, scoped: false },
  { label: 'agentschap', user: testUsers.agencyStaff, scoped: false },
  { label: 'partnerschap', user: testUsers.partnershipStaff('matrix-partnership'), scoped: true },
  { label: 'onderneming', user: testUsers.companyUser('matrix-company'), scoped: true },
  { label: 'school', user: SCHOOL_USER, scoped: true },
  { label: 'inspecteur', user: testUsers.inspector, scoped: false },
  { label: 'centrum', user: testUsers.centreUser('matrix-centre'), scoped: false },
  { label: 'dienst', user: testUsers.inspectionService, scoped: false },
];

/** The caller with its organisation bound to the own fixture (known only after seeding). */
function bound(user: User | null): User | null {
  if (!user) return null;
  if (user.role === Role.PartnershipStaff) return { ...user, partnershipId: fixture('own').partnership };
  if (user.role === Role.CompanyUser) return { ...user, companyId: fixture('own').company };
  return user;
}

/** Which kind of record an `id` argument names, by operation. */
const idKinds: [RegExp, keyof Fixture][] = [
  [/RevocationProposal$/, 'proposal'],
  [/CompanyExclusion$/, 'exclusion'],
  [/Agreement(Early)?$|\.agreement$/, 'agreement'],
  [/Appeal(CaseHandler|Session|File|InterimDecision)?$|\.appeal$/, 'appeal'],
  [/Complaint(Inadmissible|Investigation|InvestigativeAct|Further)?$|\.complaint$/, 'complaint'],
  [/Signal$/, 'signal'],
  [/\.company$/, 'company'],
  [/[Pp]artnership(SettingHistory|Settings)?$/, 'partnership'],
  [/\.recognitionApplication$/, 'application'],
  [/\.recognition$/, 'recognition'],
  [/\.trainingProgramme$/, 'training'],
  [/\.workplace$/, 'workplace'],
];

const idNames: Record<string, keyof Fixture> = {
  applicationId: 'application',
  recognitionId: 'recognition',
  workplaceId: 'workplace',
  mentorId: 'mentor',
  trainingId: 'training',
  learnerId: 'learner',
  companyId: 'company',
  agreementId: 'agreement',
  entityId: 'application',
};

function valueFor({ operation, path, name, scope }: ArgumentRequest): unknown {
  const files = fixture(scope);
  if (name === 'id' && (path === 'id' || path === 'input.id')) {
    const kind = idKinds.find(([pattern]) => pattern.test(operation))?.[1];
    return kind ? files[kind] : undefined;
  }
  // An optional partnership is a list filter or a default (the caller's own): the generator does not count it as the
  // record named, so naming a foreign one would be a refusal the matrix cannot attribute. Left out.
  if (name === 'partnershipId') return undefined;
  if (name === 'mentorIds') return [files.mentor];
  const kind = idNames[name];
  if (kind) return files[kind];
  // Valid values where class-validator or a date rule would answer before the ownership check.
  if (operation === 'Query.validRecognition' && name === 'on') return files.recognitionFrom;
  if (name === 'on') return yesterday();
  if (name === 'nationalRegisterNumber') return '85.07.30-033.28';
  if (operation === 'Mutation.castVote' && name === 'approve') return true;
  // Routed to the partnership concerned (the default), so it stays the own partnership's complaint for the next calls.
  if (operation === 'Mutation.routeComplaint' && name === 'handlerBody') return 'PARTNERSHIP';
  return undefined;
}

const yesterday = () => day(new Date(Date.now() - 24 * 60 * 60 * 1000));

function entityFor(type: string, scope: Scope): Record<string, unknown> | undefined {
  const files = fixture(scope);
  const ids: Record<string, string> = {
    Agreement: files.agreement,
    Audit: '00000000-0000-4000-8000-00000000a0d1',
    Company: files.company,
    Mentor: files.mentor,
    Partnership: files.partnership,
    Recognition: files.recognition,
    Workplace: files.workplace,
  };
  return ids[type] ? { __typename: type, id: ids[type] } : undefined;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({
      ...db,
      seedWith: async (prisma) => {
        await seedDualLearning(prisma);
        await pickFixtures(prisma);
        // The school of the matrix submitted the own application under mandate (BR-07): its own file.
        await prisma.recognitionApplication.update({ where: { id: fixture('own').application }, data: { submittedById: SCHOOL_USER.id } });
      },
    }),
  );
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

describe('authorization matrix of dual learning', () => {
  it('every operation and entity behaves as src/access/policy.ts declares, for every role on own and foreign files', async () => {
    const result = await authorizationMatrix({
      schema: await buildDualLearningSchema(),
      policy: dualLearningPolicy,
      callers,
      execute: (query, variables, user) => subgraph.query(query, { variables, as: bound(user) }),
      valueFor,
      entityFor,
    });
    console.log(result.table);

    expect(result.undeclared).toEqual([]);
    expect(result.unknownInPolicy).toEqual([]);
    expect(result.mismatches).toEqual([]);
    // A call the matrix makes must end in an answer or a clear refusal, never in a server error.
    const serverErrors = result.rows.flatMap((row) => row.cells.filter((cell) => cell.detail?.includes('INTERNAL_SERVER_ERROR')).map((cell) => `${row.operation} as ${cell.caller}: ${cell.detail}`));
    expect(serverErrors).toEqual([]);
  }, 120_000);
});
