/**
 * The inspection area's office forms (issue #6): inspector Els Claes finds the trial dual audit she leads (Hulpkok,
 * Syntra West, prepared) through a filtered list URL, uploads two bewijsstukken and removes one; then agency staff
 * add an inspector to its team. Checked on the page and through the API. Not the audit of
 * inspection.journey.browser.test.ts (the Janssens workplace audit); no other journey changes this one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, launchChromium, openPage, screenshot, shellUrl, signIn, type OpenedPage, apiAsSignedInUser } from './support.js';

const AUDIT_TITLE = 'Proefdoorlichting duaal traject Hulpkok – Syntra West';
const run = Date.now();
const KEPT = `verslag-terreinbezoek-${run}.pdf`;
const REMOVED = `fotoverslag-keuken-${run}.pdf`;

/** A small, real PDF (the evidence service checks the content, not only the name). */
const pdf = (title: string) =>
  Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Title (${title}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1');

let browser: Browser;
let opened: OpenedPage;
let page: Page;
let auditId = '';

beforeAll(async () => {
  browser = await launchChromium();
  opened = await openPage(browser);
  page = opened.page;
});

afterAll(async () => {
  await opened?.context.close();
  await browser?.close();
});

/** The audit's evidence and team as the API holds them, read with the signed-in user's token (the shell's session). */
async function stored(id: string): Promise<{ files: string[]; team: string[] }> {
  const { data } = await apiAsSignedInUser<{ audit: { evidence: { fileName: string }[]; assignments: { role: string; auditor: { name: string } }[] } }>(
    page,
    'query ($id: ID!) { audit(id: $id) { evidence { fileName } assignments { role auditor { name } } } }',
    { id },
  );
  return {
    files: data!.audit.evidence.map((file) => file.fileName),
    team: data!.audit.assignments.map((assignment) => `${assignment.auditor.name}:${assignment.role}`).sort(),
  };
}

async function upload(fileName: string, description: string) {
  await page.getByLabel('Bestand', { exact: false }).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf(fileName) });
  await page.getByLabel('Omschrijving (niet verplicht)').fill(description);
  await page.getByRole('button', { name: 'Bewijsstuk opladen' }).click();
  await page.getByText(`Bewijsstuk „${fileName}” opgeladen.`).waitFor();
  await page.getByRole('rowheader', { name: fileName }).waitFor();
}

describe('inspection forms: evidence and the audit team', () => {
  it('opens the audit list filtered from its URL, as a bookmark or the shell\'s link would', async () => {
    await signIn(page, { role: 'Inspecteur', person: 'Els Claes (team toezicht)' });
    await page.goto(`${shellUrl}/toezicht-en-inspectie/mijn-doorlichtingen?status=PREPARED&zoeken=Hulpkok&soort=DUAL_QUALITY_AUDIT`);
    await page.getByRole('heading', { level: 2, name: 'Mijn doorlichtingen' }).waitFor();
    await page.getByRole('link', { name: AUDIT_TITLE }).waitFor();
    // The form shows the filter the URL holds.
    expect(await page.getByRole('checkbox', { name: 'Voorbereid' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Titel of referentie').inputValue()).toBe('Hulpkok');
    await screenshot(page, 'inspection-forms-01-filtered-list');
    await expectNoSeriousAxeViolations(page, 'mijn doorlichtingen, gefilterd via de URL');
  });

  it('uploads two bewijsstukken as the lead inspector', async () => {
    await page.getByRole('link', { name: AUDIT_TITLE }).click();
    await page.getByRole('heading', { level: 2, name: AUDIT_TITLE }).waitFor();
    auditId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await page.getByRole('tab', { name: /Bewijsstukken/ }).click();
    await upload(KEPT, 'Verslag van het terreinbezoek in Brugge');
    await upload(REMOVED, 'Foto’s van de keuken');
    await screenshot(page, 'inspection-forms-02-evidence-uploaded');
    await expectNoSeriousAxeViolations(page, 'de doorlichting, bewijsstukken');
    expect((await stored(auditId)).files).toEqual(expect.arrayContaining([KEPT, REMOVED]));
  });

  it('removes one after confirming it', async () => {
    await page.getByRole('button', { name: `Verwijderen ${REMOVED}` }).click();
    const dialog = page.getByRole('dialog', { name: `Bewijsstuk „${REMOVED}” verwijderen?` });
    await dialog.waitFor();
    await screenshot(page, 'inspection-forms-03-confirm-removal');
    await expectNoSeriousAxeViolations(page, 'bevestiging verwijderen bewijsstuk');
    await dialog.getByRole('button', { name: 'Bewijsstuk verwijderen' }).click();
    await page.getByRole('rowheader', { name: REMOVED }).waitFor({ state: 'detached' });
    await page.getByRole('rowheader', { name: KEPT }).waitFor();
    await page.getByText('Alles is verzonden').waitFor();
    const files = (await stored(auditId)).files;
    expect(files).toContain(KEPT);
    expect(files).not.toContain(REMOVED);
    await screenshot(page, 'inspection-forms-04-evidence-removed');
  });

  it('agency staff add an inspector to the team', async () => {
    await page.getByRole('button', { name: /Afmelden/ }).click();
    await signIn(page, { role: 'Agentschapsmedewerker' });
    await page.goto(`${shellUrl}/toezicht-en-inspectie/doorlichtingen/${encodeURIComponent(auditId)}`);
    await page.getByRole('heading', { level: 2, name: AUDIT_TITLE }).waitFor();
    await page.getByRole('button', { name: 'Team toewijzen' }).click();
    const pieter = page.getByRole('combobox', { name: 'Rol van Pieter De Smet' });
    await pieter.selectOption({ label: 'Inspecteur' });
    await screenshot(page, 'inspection-forms-05-team-form');
    await expectNoSeriousAxeViolations(page, 'team toewijzen');
    await page.getByRole('button', { name: 'Team bewaren' }).click();
    await page.getByText('Het team is bewaard.').waitFor();
    await page.getByText(/Pieter De Smet \(Inspecteur\)/).waitFor();
    expect((await stored(auditId)).team).toEqual(expect.arrayContaining(['Els Claes:LEAD', 'Pieter De Smet:INSPECTOR']));
    await screenshot(page, 'inspection-forms-06-team-saved');
    await expectNoSeriousAxeViolations(page, 'de doorlichting na de teamwijziging');
    expect(opened.errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
  });
});
