/**
 * Journey of agency staff in dual learning: decide a recognition application from the inbox, then register an
 * agreement under an active recognition. Run by scripts/test-browser.mjs on fresh seeded databases; the records are
 * found through the UI (filters), not by id, so the seed may change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoSeriousAxeViolations, launchChromium, openPage, screenshot, shellUrl, signIn, belgianDay } from './support.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('dual learning: agency staff decide an application and register an agreement', () => {
  it('approves an application in progress, then registers an agreement under the new recognition', async () => {
    const { page, context } = await openPage(browser);
    try {
      await signIn(page, { role: 'Agentschapsmedewerker' });

      // 1. The inbox, with the 14-day term.
      await page.goto(`${shellUrl}/duaal-leren/aanvragen`);
      await page.getByRole('heading', { level: 2, name: 'Erkenningsaanvragen' }).waitFor();
      await page.getByRole('table', { name: 'Erkenningsaanvragen' }).waitFor();
      await expectNoSeriousAxeViolations(page, 'aanvragen');
      await screenshot(page, 'dual-learning-01-inbox');

      // 2. Filter on "In behandeling" and open the first one.
      const filters = page.getByRole('search', { name: 'Aanvragen filteren' });
      await filters.getByLabel('Status').selectOption({ label: 'In behandeling' });
      await filters.getByRole('button', { name: 'Zoeken' }).click();
      // Wait for the filtered rows (the previous page stays visible while the new one loads).
      const applicationsTable = page.getByRole('table', { name: 'Erkenningsaanvragen' });
      await applicationsTable.getByRole('row').nth(1).getByText('In behandeling').waitFor();
      await expect(applicationsTable.getByText('Goedgekeurd').count()).resolves.toBe(0);
      const firstApplication = page.getByRole('table', { name: 'Erkenningsaanvragen' }).getByRole('rowheader').first().getByRole('link');
      const reference = (await firstApplication.textContent())?.trim() ?? '';
      expect(reference).toMatch(/^ERK-/);
      await firstApplication.click();
      await page.getByRole('heading', { level: 2, name: `Erkenningsaanvraag ${reference}` }).waitFor();
      await expectNoSeriousAxeViolations(page, 'aanvraag');
      await screenshot(page, 'dual-learning-02-application');

      // 3. Handle and decide: the company's four conditions (BR-03), a site visit (BR-12), then approval. The newest
      //    applications in progress are at partnerships where a consultant decides.
      for (const condition of ['Onderneming administratief in orde', 'Voldoende uitrusting', 'Voldoende financiële draagkracht', 'Geen veroordelingen']) {
        await page.getByRole('group', { name: condition }).getByRole('radio', { name: 'Ja' }).check();
      }
      await page.getByRole('button', { name: 'Voorwaarden bewaren' }).click();
      await page.getByText('De voorwaarden van de onderneming zijn vastgelegd.').waitFor();
      await page.getByRole('combobox', { name: /^Behandelactie/ }).selectOption({ label: 'Plaatsbezoek' });
      await page.getByRole('button', { name: 'Actie vastleggen' }).click();
      await page.getByText('De behandelactie is vastgelegd.').waitFor();
      await page.getByRole('radio', { name: 'Goedkeuring', exact: true }).check();
      await expectNoSeriousAxeViolations(page, 'aanvraag behandelen');
      await screenshot(page, 'dual-learning-03-handling');
      await page.getByRole('button', { name: 'Beslissing bewaren' }).click();
      await page.getByText('De aanvraag is goedgekeurd; de erkenning is aangemaakt.').waitFor();
      await page.getByText('Er zijn geen behandelstappen meer mogelijk', { exact: false }).waitFor();
      await expectNoSeriousAxeViolations(page, 'aanvraag beslist');
      await screenshot(page, 'dual-learning-04-decided');

      // 4. The new recognition (valid from today for five years): register an agreement under it.
      await page.getByRole('link', { name: 'Naar de erkenning' }).click();
      const register = page.getByRole('link', { name: 'Overeenkomst registreren' });
      await register.waitFor();
      await expectNoSeriousAxeViolations(page, 'erkenning');
      await screenshot(page, 'dual-learning-05-recognition');
      await register.click();
      await page.getByRole('heading', { level: 2, name: 'Overeenkomst registreren' }).waitFor();
      const form = page.getByRole('form', { name: 'Overeenkomst registreren' });
      // First without input: the Dutch messages next to the fields and in the summary.
      await form.getByRole('button', { name: 'Overeenkomst registreren' }).click();
      await page.getByText('Kies de soort overeenkomst.').first().waitFor();
      await form.getByLabel('Soort overeenkomst').selectOption('OAO');
      await form.getByLabel('Mentor').selectOption({ index: 1 });
      await form.getByLabel('Naam van de leerling').fill('Lotte Browsertest');
      await form.getByLabel('Opleidingsverstrekker (school)').fill('Syntra West');
      await form.getByLabel('Startdatum').fill(belgianDay(0));
      await form.getByLabel('Voorziene einddatum').fill(belgianDay(300));
      await expectNoSeriousAxeViolations(page, 'overeenkomst registreren');
      await screenshot(page, 'dual-learning-06-agreement-form');
      await form.getByRole('button', { name: 'Overeenkomst registreren' }).click();
      await page.getByText('De overeenkomst is geregistreerd.').waitFor();
      await page.getByRole('heading', { level: 2, name: /^Overeenkomst \d+$/ }).waitFor();
      await expect(page.getByText('Lotte Browsertest', { exact: false }).first().isVisible()).resolves.toBe(true);
      await expectNoSeriousAxeViolations(page, 'overeenkomst');
      await screenshot(page, 'dual-learning-07-agreement');
    } finally {
      await context.close();
    }
  });
});
