import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { createInspectionSubgraph } from '../src/index.js';
import { auditorIds, insertAuditors, westCentre } from './fixtures.js';

let subgraph: TestSubgraph;
const clock = new Date('2026-11-23T09:00:00Z');

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({ ...db, seedWith: (prisma) => insertAuditors(prisma), now: () => clock }),
  );
});
afterAll(() => subgraph?.stop());

const staff = testUsers.agencyStaff;
const inspector = testUsers.inspector;
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

interface AuditorData {
  id: string;
  name: string;
  email: string | null;
  organisation: string;
  team: string | null;
  active: boolean;
  userId: string | null;
}
const FIELDS = 'id name email organisation team active userId';
const LIST = `query ($active: Boolean) { auditors(active: $active) { ${FIELDS} } }`;
const REGISTER = `mutation ($input: RegisterAuditorInput!) { registerAuditor(input: $input) { ${FIELDS} } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateAuditor(id: $id) { ${FIELDS} } }`;

describe('the auditor register', () => {
  it('lists auditors for agency staff and inspectors; only staff see the sign-in account', async () => {
    const asStaff = await subgraph.query<{ auditors: AuditorData[] }>(LIST, { as: staff });
    expect(asStaff.errors).toBeUndefined();
    const pieter = asStaff.data!.auditors.find((auditor) => auditor.id === auditorIds.assigned)!;
    expect(pieter).toMatchObject({ name: inspector.name, organisation: 'AGENCY', team: 'INSPECTION', active: true, userId: inspector.id });
    expect(asStaff.data!.auditors.find((auditor) => auditor.id === auditorIds.coAuditor)).toMatchObject({
      organisation: 'EDUCATION_INSPECTORATE',
      team: null,
    });
    const asInspector = await subgraph.query<{ auditors: AuditorData[] }>(LIST, { as: inspector });
    expect(asInspector.data!.auditors.length).toBe(asStaff.data!.auditors.length);
    expect(asInspector.data!.auditors.every((auditor) => auditor.userId === null)).toBe(true);
  });

  it('is closed to training centres and anonymous callers', async () => {
    expect(code((await subgraph.query(LIST, { as: testUsers.centreUser(westCentre) })).errors)).toBe('FORBIDDEN');
    expect(code((await subgraph.query(LIST)).errors)).toBe('UNAUTHENTICATED');
  });

  it('registers an agency inspector with a team and an education inspector without one', async () => {
    const agency = await subgraph.query<{ registerAuditor: AuditorData }>(REGISTER, {
      as: staff,
      variables: { input: { name: '  Bram Goossens ', email: 'bram.goossens@syntra.be', team: 'SUPERVISION', userId: 'user-bram' } },
    });
    expect(agency.errors).toBeUndefined();
    expect(agency.data!.registerAuditor).toMatchObject({ name: 'Bram Goossens', organisation: 'AGENCY', team: 'SUPERVISION', userId: 'user-bram', active: true });
    const education = await subgraph.query<{ registerAuditor: AuditorData }>(REGISTER, {
      as: staff,
      variables: { input: { name: 'Hilde Verbeke', organisation: 'EDUCATION_INSPECTORATE' } },
    });
    expect(education.data!.registerAuditor).toMatchObject({ organisation: 'EDUCATION_INSPECTORATE', team: null, userId: null });
  });

  it('refuses a sign-in account that is already an auditor (CONFLICT)', async () => {
    const again = await subgraph.query(REGISTER, {
      as: staff,
      variables: { input: { name: 'Iemand Anders', team: 'INSPECTION', userId: inspector.id } },
    });
    expect(code(again.errors)).toBe('CONFLICT');
    expect(again.errors![0]!.extensions!.field).toBe('userId');
  });

  it('validates the team per organisation, the name and the e-mail address', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'Zonder Team' }, 'team'],
      [{ name: 'Met Team', organisation: 'EDUCATION_INSPECTORATE', team: 'INSPECTION' }, 'team'],
      [{ name: 'X', team: 'INSPECTION' }, 'name'],
      [{ name: '   ', team: 'INSPECTION' }, 'name'],
      [{ name: 'Goede Naam', team: 'INSPECTION', email: 'geen-adres' }, 'email'],
    ];
    for (const [input, field] of cases) {
      const result = await subgraph.query(REGISTER, { as: staff, variables: { input } });
      expect(code(result.errors), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      const extensions = result.errors![0]!.extensions!;
      const fields = (extensions.fields as { field: string }[] | undefined)?.map((f) => f.field) ?? [extensions.field];
      expect(fields, JSON.stringify(input)).toContain(field);
    }
  });

  it('lets only agency staff register and deactivate', async () => {
    expect(code((await subgraph.query(REGISTER, { as: inspector, variables: { input: { name: 'Zelf Erbij', team: 'INSPECTION' } } })).errors)).toBe(
      'FORBIDDEN',
    );
    expect(code((await subgraph.query(DEACTIVATE, { as: inspector, variables: { id: auditorIds.other } })).errors)).toBe('FORBIDDEN');
  });

  it('deactivates an auditor (repeating is harmless) and filters on active', async () => {
    const registered = await subgraph.query<{ registerAuditor: AuditorData }>(REGISTER, {
      as: staff,
      variables: { input: { name: 'Tijdelijke Inspecteur', team: 'INSPECTION' } },
    });
    const id = registered.data!.registerAuditor.id;
    const first = await subgraph.query<{ deactivateAuditor: AuditorData }>(DEACTIVATE, { as: staff, variables: { id } });
    expect(first.data!.deactivateAuditor.active).toBe(false);
    const second = await subgraph.query<{ deactivateAuditor: AuditorData }>(DEACTIVATE, { as: staff, variables: { id } });
    expect(second.data!.deactivateAuditor.active).toBe(false);
    const active = await subgraph.query<{ auditors: AuditorData[] }>(LIST, { as: staff, variables: { active: true } });
    expect(active.data!.auditors.some((auditor) => auditor.id === id)).toBe(false);
    const inactive = await subgraph.query<{ auditors: AuditorData[] }>(LIST, { as: staff, variables: { active: false } });
    expect(inactive.data!.auditors.map((auditor) => auditor.id)).toEqual([id]);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    expect(code((await subgraph.query(DEACTIVATE, { as: staff, variables: { id: '6b000000-0000-4000-8000-0000000000ff' } })).errors)).toBe('NOT_FOUND');
    expect(code((await subgraph.query(DEACTIVATE, { as: staff, variables: { id: 'geen-id' } })).errors)).toBe('BAD_USER_INPUT');
  });
});
