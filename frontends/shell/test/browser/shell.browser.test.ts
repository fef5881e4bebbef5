/**
 * End-to-end test of the shell with its three remotes and the real gateway, in Debian's Chromium.
 * Run by scripts/test-browser.mjs (which starts the platform on a fresh database) with WERKPLEK_SHELL_URL set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  expectNoSeriousAxeViolations,
  launchChromium,
  openPage as openPageIn,
  shellUrl,
  signIn as signInAs,
} from './support.js';

const CLOSED_PORT_MANIFEST = 'http://127.0.0.1:9/mf-manifest.json';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const openPage = (prepare?: (context: BrowserContext) => Promise<void>) => openPageIn(browser, prepare);

function expectNoDuplicateReact(errors: readonly string[]): void {
  const duplicateReact = errors.filter((text) => /Invalid hook call|more than one copy of React|older version of React/i.test(text));
  expect(duplicateReact).toEqual([]);
}

async function signIn(page: Page, options: { role: string; name?: string; centre?: string; auditor?: string }): Promise<void> {
  await signInAs(page, { role: options.role, name: options.name, organisation: options.centre, person: options.auditor });
  await page.getByRole('banner').getByText('Aangemeld als').waitFor();
}

async function openArea(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** A page of an area, through the area's own navigation (the remote routes below the area's path). */
async function openSection(page: Page, area: string, link: string): Promise<void> {
  await page.getByRole('navigation', { name: area, exact: true }).getByRole('link', { name: link }).click();
}

describe('Werkplek shell in Chromium', () => {
  it('launches Debian Chromium with playwright-core', () => {
    expect(browser.isConnected()).toBe(true);
  });

  it('lets agency staff sign in and see all three areas with seeded data', async () => {
    const { context, page, errors } = await openPage();
    try {
      await page.goto(`${shellUrl}/aanmelden`);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl-BE');
      await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
      await expectNoSeriousAxeViolations(page, 'the sign-in page');

      await signIn(page, { role: 'Agentschapsmedewerker', name: 'An Agentschap' });
      expect(await page.getByRole('banner').textContent()).toContain('Agentschapsmedewerker');
      // The home page is the work queue; each queue ends loading (list, empty text or error) on its own.
      await page.getByRole('heading', { level: 2, name: 'Uw werk' }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Jaaractieplannen te beoordelen' }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.wp-shell__queue[aria-busy="true"]').length === 0);
      await expectNoSeriousAxeViolations(page, 'the home page with work queues');

      // Global search from the header: grouped results with links into the areas.
      await page.getByRole('search').getByLabel('Zoeken').fill('Janssens');
      await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor "Janssens"' }).waitFor();
      await page.getByRole('link', { name: 'Bouwonderneming Janssens' }).first().waitFor();
      await expectNoSeriousAxeViolations(page, 'the search results');

      await openArea(page, 'Duaal leren');
      await openSection(page, 'Duaal leren', 'Werkplekken en begeleiding');
      await page.getByRole('rowheader', { name: 'Bakkerij Vandenbroucke' }).waitFor();
      await page.getByRole('rowheader', { name: 'Bouwonderneming Janssens' }).waitFor();
      await expectNoSeriousAxeViolations(page, 'the workplaces list');

      await openArea(page, 'Ondernemersvorming');
      await openSection(page, 'Ondernemersvorming', 'Opleidingscentra');
      for (const centre of ['Syntra West', 'Syntra Limburg', 'Syntra Midden-Vlaanderen', 'Syntra Brussel', 'Syntra Antwerpen en Vlaams-Brabant']) {
        await page.getByRole('rowheader', { name: centre, exact: true }).waitFor();
      }

      await openArea(page, 'Toezicht en inspectie');
      // The inspection seed's leertijd follow-up audit of spring 2027, with its training centre resolved across subgraphs.
      const followUp = page.getByRole('row', { name: /Opvolgingsdoorlichting leertijd Syntra West/ });
      await followUp.waitFor();
      const followUpText = await followUp.textContent();
      expect(followUpText).toContain('Syntra West (opleidingscentrum)');
      expect(followUpText).toContain('Gepland');
      expect(followUpText).toContain('Pieter De Smet');
      // A partnership supervision: the partnership's name comes from the dual-learning subgraph.
      await page.getByRole('cell', { name: 'SP Bouw (sectoraal partnerschap)' }).waitFor();
      await expectNoSeriousAxeViolations(page, 'the audits overview');

      expectNoDuplicateReact(errors);
    } finally {
      await context.close();
    }
  });

  it('shows a Dutch message in an area whose remote is down while other areas keep working', async () => {
    const { context, page, errors } = await openPage(async (ctx) => {
      await ctx.route('**/config.json', async (route) => {
        const response = await route.fetch();
        const config = (await response.json()) as { remotes: Record<string, string> };
        config.remotes['inspection'] = CLOSED_PORT_MANIFEST;
        await route.fulfill({ response, json: config });
      });
    });
    try {
      await signIn(page, { role: 'Agentschapsmedewerker', name: 'An Agentschap' });

      await openArea(page, 'Toezicht en inspectie');
      await page
        .getByText('De module Toezicht en inspectie is momenteel niet beschikbaar. Probeer het later opnieuw.')
        .waitFor();
      // The remote stays down: a retry loads it afresh and ends with the same message, focus on the retry button.
      await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
      await page.waitForFunction(() => document.activeElement?.textContent === 'Opnieuw proberen');
      expect(await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).isVisible()).toBe(true);

      await openArea(page, 'Duaal leren');
      await openSection(page, 'Duaal leren', 'Werkplekken en begeleiding');
      await page.getByRole('rowheader', { name: 'Bakkerij Vandenbroucke' }).waitFor();

      expectNoDuplicateReact(errors);
    } finally {
      await context.close();
    }
  });

  it('lets an inspector sign in as the seeded person from the auditor register', async () => {
    const { context, page, errors } = await openPage();
    try {
      await signIn(page, { role: 'Inspecteur', auditor: 'Pieter De Smet (team inspectie)' });
      const banner = await page.getByRole('banner').textContent();
      expect(banner).toContain('Pieter De Smet');
      expect(banner).toContain('Inspecteur');
      await page.getByRole('heading', { level: 3, name: 'Uw doorlichtingen deze week' }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Achterstallige aanbevelingen' }).waitFor();
      const navigation = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
      await navigation.getByRole('link', { name: 'Duaal leren (raadplegen)' }).waitFor();
      expectNoDuplicateReact(errors);
    } finally {
      await context.close();
    }
  });

  it('lets a centre user sign in for Syntra West and see the training centres', async () => {
    const { context, page, errors } = await openPage();
    try {
      await signIn(page, { role: 'Centrummedewerker', name: 'Cas Centrum', centre: 'Syntra West' });
      expect(await page.getByRole('banner').textContent()).toContain('Centrummedewerker');

      await openArea(page, 'Ondernemersvorming');
      await openSection(page, 'Ondernemersvorming', 'Opleidingscentra');
      await page.getByRole('rowheader', { name: 'Syntra West', exact: true }).waitFor();

      // Dual learning is not a centre user's area: not in the navigation, and a Dutch refusal at its address.
      expect(await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Duaal leren' }).count()).toBe(0);
      expect(await page.getByRole('banner').textContent()).toContain('Syntra West');
      await page.goto(`${shellUrl}/duaal-leren`);
      await page.getByRole('alert').filter({ hasText: 'geen toegang' }).waitFor();

      expectNoDuplicateReact(errors);
    } finally {
      await context.close();
    }
  });
});
