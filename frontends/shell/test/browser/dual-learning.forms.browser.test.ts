/**
 * The dual-learning area's company page and agreement suspension (issue #6): agency staff open the recognised
 * workplaces filtered from the URL, click through to the company (onderneming) Lotte Verbeke and see its establishment
 * Kapsalon Lotte with its recognition (current-slice seed), register an agreement of their own under that recognition,
 * suspend it and end the suspension (BR-32) through the UI; checked on the page and through the API. No other journey
 * changes Kapsalon Lotte's recognition (dual-learning.journey registers under a recognition it creates itself), and the
 * agreement is this run's own (a learner name with the run's time).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, launchChromium, openPage, screenshot, shellUrl, signIn, type OpenedPage, belgianDay, apiAsSignedInUser } from './support.js';

const WORKPLACE = 'Kapsalon Lotte';
const COMPANY = 'Lotte Verbeke';
const TRAINING = 'Kapper';
const LEARNER = `Noor Formtest ${Date.now()}`;

let browser: Browser;
let opened: OpenedPage;
let page: Page;
let agreementId = '';

beforeAll(async () => {
  browser = await launchChromium();
  opened = await openPage(browser);
  page = opened.page;
});

afterAll(async () => {
  await opened?.context.close();
  await browser?.close();
});

/** The agreement as the API holds it, read with the signed-in user's token (the shell's session). */
async function storedAgreement(id: string): Promise<{ status: string; suspendedFrom: string | null; steps: string[] }> {
  const { data } = await apiAsSignedInUser<{ agreement: { status: string; suspendedFrom: string | null }; history: { step: string }[] }>(
    page,
    'query ($id: ID!) { agreement(id: $id) { status suspendedFrom } history(entityId: $id) { step } }',
    { id },
  );
  return { ...data!.agreement, steps: data!.history.map((entry) => entry.step) };
}

describe('dual-learning forms: a company page and suspending an agreement', () => {
  it('opens the recognised workplaces filtered from the URL, as a bookmark would', async () => {
    await signIn(page, { role: 'Agentschapsmedewerker' });
    await page.goto(`${shellUrl}/duaal-leren/werkplekken?provincie=VLAAMS_BRABANT&sortering=NAME_ASC`);
    await page.getByRole('heading', { level: 2, name: 'Erkende werkplekken' }).waitFor();
    const table = page.getByRole('table', { name: 'Overzicht van de erkende werkplekken' });
    await table.getByRole('rowheader', { name: WORKPLACE }).waitFor();
    // The form shows the filter the URL holds, and the list holds only that province (Brugge is West-Vlaanderen).
    expect(await page.getByRole('search', { name: 'Werkplekken filteren' }).getByLabel('Provincie').inputValue()).toBe('VLAAMS_BRABANT');
    expect(await table.getByRole('rowheader', { name: 'Bakkerij Vandenbroucke' }).count()).toBe(0);
    await screenshot(page, 'dual-learning-forms-01-workplaces');
    await expectNoSeriousAxeViolations(page, 'erkende werkplekken, gefilterd via de URL');
  });

  it("opens the company from the workplace and sees its establishments and recognitions", async () => {
    await page.getByRole('table', { name: 'Overzicht van de erkende werkplekken' }).getByRole('link', { name: COMPANY }).click();
    await page.getByRole('heading', { level: 2, name: COMPANY }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/duaal-leren\/ondernemingen\/[^/]+$/);
    const establishments = page.getByRole('region', { name: 'Vestigingen' });
    await establishments.getByRole('rowheader', { name: WORKPLACE }).waitFor();
    const row = establishments.getByRole('row', { name: new RegExp(WORKPLACE) });
    await row.getByRole('link', { name: TRAINING }).waitFor();
    expect(await row.getByText('Actief').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { level: 3, name: 'Uitsluitingen' }).waitFor();
    await screenshot(page, 'dual-learning-forms-02-company');
    await expectNoSeriousAxeViolations(page, 'onderneming');
  });

  it('registers an agreement under the recognition reached from the company page', async () => {
    await page.getByRole('region', { name: 'Vestigingen' }).getByRole('link', { name: TRAINING }).click();
    await page.getByRole('heading', { level: 2, name: `Erkenning ${WORKPLACE} – ${TRAINING}` }).waitFor();
    // The recognition links back to its company.
    await page.getByRole('link', { name: COMPANY }).waitFor();
    await screenshot(page, 'dual-learning-forms-03-recognition');
    await expectNoSeriousAxeViolations(page, 'erkenning');

    await page.getByRole('link', { name: 'Overeenkomst registreren' }).click();
    const form = page.getByRole('form', { name: 'Overeenkomst registreren' });
    await form.waitFor();
    await form.getByLabel('Soort overeenkomst').selectOption('OAO');
    await form.getByLabel('Mentor').selectOption({ index: 1 });
    await form.getByLabel('Naam van de leerling').fill(LEARNER);
    await form.getByLabel('Opleidingsverstrekker (school)').fill('Syntra AB');
    await form.getByLabel('Startdatum').fill(belgianDay(-7));
    await form.getByLabel('Voorziene einddatum').fill(belgianDay(300));
    await expectNoSeriousAxeViolations(page, 'overeenkomst registreren');
    await form.getByRole('button', { name: 'Overeenkomst registreren' }).click();
    await page.getByText('De overeenkomst is geregistreerd.').waitFor();
    await page.getByRole('heading', { level: 2, name: /^Overeenkomst \d+$/ }).waitFor();
    await page.getByText(LEARNER, { exact: false }).first().waitFor();
    agreementId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(agreementId).not.toBe('');
    await screenshot(page, 'dual-learning-forms-04-agreement');
    await expectNoSeriousAxeViolations(page, 'overeenkomst');
  });

  it('suspends the agreement and then ends the suspension', async () => {
    const suspension = page.getByRole('region', { name: 'Schorsing' });
    // "Geschorst vanaf" starts at today, within the term.
    await suspension.getByRole('button', { name: 'Overeenkomst schorsen' }).click();
    await page.getByText(/De overeenkomst is geschorst vanaf/).waitFor();
    await suspension.getByRole('button', { name: 'Schorsing beëindigen' }).waitFor();
    await page.getByText('Geschorst sinds', { exact: true }).waitFor();
    const suspended = await storedAgreement(agreementId);
    expect(suspended.suspendedFrom).not.toBeNull();
    await screenshot(page, 'dual-learning-forms-05-suspended');
    await expectNoSeriousAxeViolations(page, 'overeenkomst geschorst');

    // "Hervat op" starts at today: the learner is back at work.
    await suspension.getByRole('button', { name: 'Schorsing beëindigen' }).click();
    await page.getByText(/De schorsing is beëindigd; de overeenkomst loopt verder vanaf/).waitFor();
    await suspension.getByRole('button', { name: 'Overeenkomst schorsen' }).waitFor();
    expect(await page.getByText('Geschorst sinds', { exact: true }).count()).toBe(0);
    const resumed = await storedAgreement(agreementId);
    expect(resumed.suspendedFrom).toBeNull();
    expect(resumed.status).toBe(suspended.status);
    expect(resumed.steps).toEqual(expect.arrayContaining(['register', 'suspend', 'endSuspension']));
    await screenshot(page, 'dual-learning-forms-06-resumed');
    await expectNoSeriousAxeViolations(page, 'overeenkomst hervat');
  });
});
