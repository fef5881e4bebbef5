/**
 * The inspector's journey (issue #6): Els Claes opens the workplace audit she leads, answers a checklist question,
 * loses the connection mid-way, keeps working (an answer and a finding stay on the tablet), comes back online, and
 * the queue submits once — checked through the API afterwards: exactly one finding with that title.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, launchChromium, openPage, screenshot, shellUrl, signIn, type OpenedPage, apiAsSignedInUser } from './support.js';

const AUDIT_TITLE = 'Doorlichting werkplek Bouwonderneming Janssens';
const FINDING_TITLE = `Rusttijden niet geregistreerd ${Date.now()}`;

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

/** Reads the audit through the gateway with the signed-in user's token (the shell's session). */
async function findingTitles(auditId: string): Promise<{ findings: string[]; answers: (string | null)[] }> {
  const { data } = await apiAsSignedInUser<{
    audit: { findings: { title: string }[]; checklist: { question: { code: string }; answer: { textValue: string | null } | null }[] };
  }>(page, 'query ($id: ID!) { audit(id: $id) { findings { title } checklist { question { code } answer { textValue } } } }', { id: auditId });
  return {
    findings: data!.audit.findings.map((finding) => finding.title),
    answers: data!.audit.checklist.filter((item) => item.question.code === '4.1').map((item) => item.answer?.textValue ?? null),
  };
}

describe('inspection journey: an audit with a finding through a lost connection', () => {
  it('signs in as inspector Els Claes and finds her audit among "mijn doorlichtingen"', async () => {
    // The sign-in form names the register's people with their team.
    await signIn(page, { role: 'Inspecteur', person: 'Els Claes (team toezicht)' });
    await page.goto(`${shellUrl}/toezicht-en-inspectie`);
    await page.getByRole('link', { name: 'Mijn doorlichtingen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mijn doorlichtingen' }).waitFor();
    await page.getByRole('link', { name: AUDIT_TITLE }).waitFor();
    await screenshot(page, 'inspection-01-my-audits');
    await expectNoSeriousAxeViolations(page, 'mijn doorlichtingen');
  });

  it('opens the audit and answers a checklist question online', async () => {
    await page.getByRole('link', { name: AUDIT_TITLE }).click();
    await page.getByRole('heading', { level: 2, name: AUDIT_TITLE }).waitFor();
    const question = page.getByRole('group', { name: /3\.2 Worden de arbeids- en rusttijden/ });
    await question.getByRole('radio', { name: 'Ja' }).check();
    // Sent and read back from the server (the draft on the device is dropped once the server holds the answer).
    await page.locator('li', { has: question }).getByText(/^\W*Opgeslagen$/).waitFor();
    await page.getByText('Alles is verzonden').waitFor();
    await screenshot(page, 'inspection-02-checklist-online');
    await expectNoSeriousAxeViolations(page, 'de doorlichting (checklist)');
  });

  it('keeps working offline: an answer and a finding stay on the device', async () => {
    await opened.context.setOffline(true);
    await page.getByText('Offline — opgeslagen op dit toestel').waitFor();

    await page.getByRole('group', { name: /4\.1 Veiligheid en welzijn/ }).getByRole('radio', { name: 'Werkpunten' }).check();
    await page.getByText('Antwoord op vraag 4.1').waitFor();

    await page.getByRole('tab', { name: /Vaststellingen/ }).click();
    await page.getByRole('radio', { name: 'Tekortkoming', exact: true }).check();
    await page.getByRole('textbox', { name: /Titel/ }).fill(FINDING_TITLE);
    await page.getByRole('textbox', { name: /Omschrijving/ }).fill('De werkroosters van de leerling worden niet bijgehouden.');
    await page.getByRole('button', { name: 'Vaststelling opslaan' }).click();
    await page.getByText(/bewaard op dit toestel\. Ze wordt verzonden zodra er verbinding is\./).waitFor();
    expect(await page.getByText('Wacht op verzending').count()).toBe(1);
    await screenshot(page, 'inspection-03-offline-queued');
    await expectNoSeriousAxeViolations(page, 'de doorlichting offline');
  });

  it('submits the queue once when the connection is back', async () => {
    const auditId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await opened.context.setOffline(false);
    await page.getByText('Alles is verzonden').waitFor({ timeout: 30_000 });
    await page.getByText(FINDING_TITLE, { exact: true }).waitFor();
    await screenshot(page, 'inspection-04-back-online');

    // A second trigger (another online event) must not send it again.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForTimeout(1_000);

    const stored = await findingTitles(auditId);
    expect(stored.findings.filter((title) => title === FINDING_TITLE)).toHaveLength(1);
    expect(stored.answers).toEqual(['Werkpunten']);
    // Chromium's own network log lines are not app errors: the offline phase fails requests by design, and the shell
    // serves no favicon.ico (a 404 on every page load).
    expect(opened.errors.filter((error) => !/Failed to load resource|Failed to fetch|ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
  });
});
