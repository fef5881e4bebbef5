/**
 * The training area's enrolment and certificate forms (issue #6): a centre user of Syntra Limburg (not Syntra West,
 * which the main training journey uses) registers a new learner on the centre's dual track "Duaal Elektrotechnicus",
 * records the result PASSED and issues a certificate through the UI. The same certificate is then no longer offered,
 * and asking the API for it anyway is refused with the Dutch message. The learner is new for this run, so no other
 * journey's data is involved. Axe on every page visited, screenshots `training-forms-NN-*.png`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, launchChromium, openPage, screenshot, shellUrl, signIn, type OpenedPage, belgianDay, apiAsSignedInUser } from './support.js';

const TRACK = 'Duaal Elektrotechnicus';
const learner = `Robbe Testcursist ${Date.now().toString(36)}`;

let browser: Browser;
let opened: OpenedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  opened = await openPage(browser);
  page = opened.page;
});

afterAll(async () => {
  await opened?.context.close();
  await browser?.close();
});

/** One GraphQL call with the signed-in user's token. */
function api<T>(query: string, variables: Record<string, unknown>) {
  return apiAsSignedInUser<T>(page, query, variables);
}

describe('training forms: a centre enrols a learner and issues a certificate once', () => {
  it('registers the enrolment, records the result, issues the certificate and cannot issue it twice', async () => {
    await signIn(page, { role: 'Centrummedewerker', organisation: 'Syntra Limburg' });

    // 1. The enrolments, newest first, from the URL (the sort is a query parameter).
    await page.goto(`${shellUrl}/ondernemersvorming/inschrijvingen?sortering=ENROLLED_ON_DESC`);
    await page.getByRole('heading', { level: 2, name: 'Inschrijvingen' }).waitFor();
    await expect.poll(() => page.getByRole('columnheader', { name: /Ingeschreven op/ }).getAttribute('aria-sort')).toBe('descending');
    await expectNoSeriousAxeViolations(page, 'inschrijvingen');
    await screenshot(page, 'training-forms-01-inschrijvingen');

    // 2. Register a new learner on the centre's dual track.
    await page.getByRole('button', { name: 'Inschrijving registreren' }).click();
    const enrolForm = page.getByRole('form', { name: 'Inschrijving registreren' });
    await enrolForm.getByRole('radio', { name: 'Nieuwe cursist registreren' }).check();
    await enrolForm.getByLabel('Naam', { exact: false }).first().fill(learner);
    await enrolForm.getByLabel('Traject', { exact: false }).selectOption({ label: `${TRACK} (DU-ELEKTRO-L)` });
    await enrolForm.getByLabel('Component', { exact: false }).selectOption({ index: 1 });
    await expectNoSeriousAxeViolations(page, 'inschrijving registreren');
    await screenshot(page, 'training-forms-02-inschrijving-registreren');
    // One save registers the learner, then the enrolment.
    await enrolForm.getByRole('button', { name: 'Inschrijving bewaren' }).click();
    await page.getByText(`${learner} is ingeschreven in ${TRACK}`).waitFor();

    // 3. Record the result: passed.
    await page.getByRole('button', { name: `Inschrijving van ${learner} afhandelen` }).click();
    const outcome = page.getByRole('form', { name: `Inschrijving afhandelen: ${learner}` });
    await outcome.getByRole('radio', { name: /^Geslaagd/ }).check();
    await expectNoSeriousAxeViolations(page, 'inschrijving afhandelen');
    await outcome.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText(`Het resultaat van ${learner}`).waitFor();

    // 4. Issue the dual track's certificate (the centre issues it, §2.5).
    const issueButton = page.getByRole('button', { name: `Attest uitreiken aan ${learner} (${TRACK})` });
    await issueButton.click();
    const certificateForm = page.getByRole('form', { name: `Attest uitreiken: ${learner}` });
    const typeSelect = certificateForm.getByLabel('Soort attest', { exact: false });
    const offered = await typeSelect.locator('option').allTextContents();
    expect(offered).toContain('Certificaat beroepsopleiding (duaal)');
    await typeSelect.selectOption({ label: 'Certificaat beroepsopleiding (duaal)' });
    await expectNoSeriousAxeViolations(page, 'attest uitreiken');
    await screenshot(page, 'training-forms-03-attest-uitreiken');
    await certificateForm.getByRole('button', { name: 'Attest uitreiken' }).click();
    const confirmation = page.getByText(new RegExp(`Attest SYN-\\d{4}-\\d{6} is uitgereikt aan ${learner}`));
    await confirmation.waitFor();
    const number = /SYN-\d{4}-\d{6}/.exec((await confirmation.textContent()) ?? '')?.[0];
    expect(number).toBeDefined();
    await screenshot(page, 'training-forms-04-attest-uitgereikt');

    // 5. The same certificate again: the form no longer offers that type (the other dual types remain).
    await issueButton.click();
    const again = page.getByRole('form', { name: `Attest uitreiken: ${learner}` });
    const offeredAgain = await again.getByLabel('Soort attest', { exact: false }).locator('option').allTextContents();
    expect(offeredAgain).not.toContain('Certificaat beroepsopleiding (duaal)');
    expect(offeredAgain.length).toBe(offered.length - 1);
    await again.getByRole('button', { name: 'Annuleren' }).click();

    // ... and asked for directly, the API refuses it with the Dutch message (one certificate in force per type).
    const enrolments = await api<{ enrolments: { nodes: { learner: { id: string; name: string }; track: { id: string } }[] } }>(
      'query { enrolments(sort: ENROLLED_ON_DESC, page: { first: 20 }) { nodes { learner { id name } track { id } } } }',
      {},
    );
    const mine = enrolments.data!.enrolments.nodes.find((node) => node.learner.name === learner)!;
    const today = belgianDay(0);
    const refused = await api(
      'mutation ($input: IssueCertificateInput!) { issueCertificate(input: $input) { id } }',
      { input: { learnerId: mine.learner.id, trackId: mine.track.id, type: 'DUAL_VOCATIONAL_CERTIFICATE', issuedOn: today } },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain(`Deze cursist heeft voor dit traject al een geldig attest van dit type (${number})`);

    // 6. The certificate in the centre's list, filtered through the URL.
    await page.goto(`${shellUrl}/ondernemersvorming/attesten?soort=DUAL_VOCATIONAL_CERTIFICATE&sortering=ISSUED_ON_DESC`);
    await page.getByRole('heading', { level: 2, name: 'Attesten' }).waitFor();
    await page.getByRole('rowheader', { name: number! }).waitFor();
    await expect.poll(() => page.getByLabel('Soort', { exact: true }).inputValue()).toBe('DUAL_VOCATIONAL_CERTIFICATE');
    await expectNoSeriousAxeViolations(page, 'attesten');
    await screenshot(page, 'training-forms-05-attesten');

    expect(opened.errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
  });
});
