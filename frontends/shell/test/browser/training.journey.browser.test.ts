/**
 * The training group's main journey (issue #6): agency staff open a round, a centre (Syntra West) drafts its annual
 * action plan with one training dossier and submits it before the deadline, agency staff review it, assess every
 * criterion and advise on the dossier. Screenshots at each main step, axe on every page visited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, launchChromium, openPage, screenshot, shellUrl, signIn } from './support.js';

let browser: Browser;
// Next year's November round: its deadline is always ahead of today, whenever the suite runs on a fresh database
// (the seed already opens next year's April round, so staff open the other one).
const year = new Date().getFullYear() + 1;
const roundName = `ronde november ${year}`;
const dossierTitle = 'Digitale ambachtelijke bakker';

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${shellUrl}/ondernemersvorming${path}`);
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
}

describe('training: a centre submits an action plan and agency staff advise on it', () => {
  it('runs the action-plan cycle in the browser', async () => {
    // 1. Agency staff open next year's November round.
    const staff = await openPage(browser);
    await signIn(staff.page, { role: 'Agentschapsmedewerker' });
    await visit(staff.page, '/rondes', 'Rondes van het jaaractieplan');
    const openRound = staff.page.getByRole('form', { name: 'Ronde openen' });
    await openRound.getByLabel('Jaar').fill(String(year));
    await openRound.getByRole('radio', { name: 'november' }).check();
    await openRound.getByLabel('Uiterste indieningsdatum').fill(`${year}-11-30`);
    await openRound.getByLabel(/Criteriaversie/).selectOption({ index: 2 });
    await openRound.getByRole('button', { name: 'Ronde openen' }).click();
    await staff.page.getByText(`De ronde november ${year} is geopend.`).waitFor();
    await expectNoSeriousAxeViolations(staff.page, 'rondes');
    await screenshot(staff.page, 'training-01-round-opened');

    // 2. The centre drafts its plan for that round.
    const centre = await openPage(browser);
    await signIn(centre.page, { role: 'Centrummedewerker', organisation: 'Syntra West' });
    await visit(centre.page, '/jaaractieplannen', 'Jaaractieplannen');
    await centre.page.getByText('Uiterste indiening:').first().waitFor();
    await expectNoSeriousAxeViolations(centre.page, 'jaaractieplannen (centrum)');
    await screenshot(centre.page, 'training-02-centre-rounds');
    await centre.page.getByRole('button', { name: `Jaaractieplan opstellen voor ${roundName}` }).click();
    await centre.page.getByRole('heading', { level: 2, name: `Jaaractieplan Syntra West – ${roundName}` }).waitFor();
    await centre.page.getByText('Uiterste indiening', { exact: true }).first().waitFor();

    // 3. ... adds a training dossier with its arguments per criterion ...
    await centre.page.getByRole('link', { name: 'Opleidingsdossier toevoegen' }).click();
    await centre.page.getByRole('heading', { level: 2, name: 'Opleidingsdossier toevoegen' }).waitFor();
    // A first submit without input shows the Dutch messages (checked by axe too).
    await centre.page.getByRole('button', { name: 'Dossier toevoegen' }).click();
    await centre.page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
    await expectNoSeriousAxeViolations(centre.page, 'dossierformulier met fouten');
    await centre.page.getByLabel(/^Titel/).fill(dossierTitle);
    await centre.page.getByLabel(/^Sector/).selectOption({ index: 1 });
    await centre.page.getByLabel('Betrokken partners').fill('Bakkersfederatie Vlaanderen\nHogeschool West');
    await centre.page.getByRole('checkbox', { name: 'Innovatief' }).check();
    await centre.page.getByRole('checkbox', { name: 'Beroepskennis' }).check();
    await centre.page.getByLabel(/Doorlooptijd in maanden/).fill('24');
    const argumentFields = centre.page.locator('textarea[id^="training-dossier-argument-"]');
    await argumentFields.first().waitFor();
    for (let index = 0; index < (await argumentFields.count()); index += 1) {
      await argumentFields.nth(index).fill('Het traject leert bakkers digitale productieplanning en online verkoop, nieuw in Vlaanderen.');
    }
    await screenshot(centre.page, 'training-03-dossier-form');
    await centre.page.getByRole('button', { name: 'Dossier toevoegen' }).click();
    await centre.page.getByRole('heading', { level: 4, name: dossierTitle }).waitFor();

    // 4. ... and submits the plan before the deadline.
    await centre.page.getByRole('button', { name: 'Jaaractieplan indienen' }).click();
    await centre.page.getByRole('dialog', { name: 'Jaaractieplan indienen?' }).getByRole('button', { name: 'Indienen' }).click();
    await centre.page.getByText('Het jaaractieplan is ingediend.').waitFor();
    expect(await centre.page.getByRole('button', { name: 'Jaaractieplan indienen' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(centre.page, 'ingediend jaaractieplan');
    await screenshot(centre.page, 'training-04-plan-submitted');
    expect(centre.errors.filter((text) => /Invalid hook call|more than one copy of React/i.test(text))).toEqual([]);

    // 5. Agency staff find it in the review queue and start the review.
    await visit(staff.page, '/jaaractieplannen', 'Jaaractieplannen te beoordelen');
    await staff.page.getByRole('link', { name: `Syntra West – Ronde november ${year}` }).click();
    await staff.page.getByRole('heading', { level: 2, name: `Jaaractieplan Syntra West – ${roundName}` }).waitFor();
    await staff.page.getByRole('button', { name: 'Beoordeling starten' }).click();
    await staff.page.getByText('De beoordeling is gestart.').waitFor();
    await expectNoSeriousAxeViolations(staff.page, 'jaaractieplan in beoordeling');
    await screenshot(staff.page, 'training-05-review-started');

    // 6. They assess every criterion and advise on the dossier.
    await staff.page.getByRole('link', { name: `Dossier ${dossierTitle} beoordelen en adviseren` }).click();
    await staff.page.getByRole('heading', { level: 2, name: `Beoordelen: ${dossierTitle}` }).waitFor();
    const cases = staff.page.locator('form.wp-training__case');
    for (let index = 0; index < (await cases.count()); index += 1) {
      const form = cases.nth(index);
      await form.getByRole('radio', { name: 'Voldaan', exact: true }).check();
      await form.getByRole('textbox').fill('Aangetoond in het dossier.');
      await form.getByRole('button', { name: /bewaren/ }).click();
      await form.getByText(/Bewaard: Voldaan/).waitFor();
    }
    await expectNoSeriousAxeViolations(staff.page, 'dossier beoordelen');
    await staff.page.getByRole('radio', { name: 'Innovatief', exact: true }).check();
    await staff.page.getByLabel(/Motivering van het advies/).fill('Alle criteria van het kenmerk innovatief zijn voldaan.');
    await screenshot(staff.page, 'training-06-advice');
    await staff.page.getByRole('button', { name: 'Advies bewaren' }).click();

    // Back on the plan: advised.
    await staff.page.getByRole('heading', { level: 2, name: `Jaaractieplan Syntra West – ${roundName}` }).waitFor();
    await staff.page.getByText('Geadviseerd', { exact: true }).first().waitFor();
    await expectNoSeriousAxeViolations(staff.page, 'geadviseerd jaaractieplan');
    await screenshot(staff.page, 'training-07-plan-advised');

    // The centre sees the advice on its plan.
    await centre.page.reload();
    await centre.page.getByText(/Innovatief \(/).waitFor();
    await screenshot(centre.page, 'training-08-centre-sees-advice');

    await staff.context.close();
    await centre.context.close();
  });
});
