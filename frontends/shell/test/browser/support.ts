/**
 * What every browser journey shares: Debian's Chromium through playwright-core, a page that collects console errors,
 * the axe check (no serious or critical WCAG 2.1 AA violation), screenshots kept as CI artefacts, sign-in.
 * Run by scripts/test-browser.mjs, which starts the platform on fresh seeded databases and sets WERKPLEK_SHELL_URL.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const shellUrl = (process.env.WERKPLEK_SHELL_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** Screenshots land here (CI keeps the folder as an artefact); `WERKPLEK_SCREENSHOT_DIR` moves it. */
export const screenshotDir = resolve(process.env.WERKPLEK_SCREENSHOT_DIR ?? join(import.meta.dirname, '../../../../artifacts/screenshots'));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.WERKPLEK_CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors. */
  errors: string[];
}

export async function openPage(browser: Browser, prepare?: (context: BrowserContext) => Promise<void>): Promise<OpenedPage> {
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
  await prepare?.(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

export async function expectNoSeriousAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious, `axe violations on ${where}`).toEqual([]);
}

/** A full-page screenshot named after the journey step, e.g. `inspection-03-finding.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

export interface SignInAs {
  /** The role as the sign-in form labels it, e.g. "Inspecteur", "Centrummedewerker", "Agentschapsmedewerker". */
  role: string;
  name?: string;
  /** The training centre, partnership or company to act for, as the form lists it. */
  organisation?: string;
  /** For inspectors: the person in the auditor register (e.g. "Pieter De Smet"), so their audits are theirs. */
  person?: string;
}

/** Signs in through the shell's development sign-in form, as a person would. */
export async function signIn(page: Page, as: SignInAs): Promise<void> {
  await page.goto(`${shellUrl}/aanmelden`);
  await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  await page.getByRole('radio', { name: as.role, exact: true }).check();
  for (const choice of [as.organisation, as.person]) {
    if (!choice) continue;
    // Whatever the role needs is a labelled select; pick the one that offers this choice (it waits for the options).
    const select = page.locator('select', { has: page.locator('option', { hasText: choice }) }).first();
    await select.selectOption({ label: choice });
  }
  if (as.name) {
    const name = page.getByLabel('Naam', { exact: true });
    if (await name.count()) await name.fill(as.name);
  }
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('button', { name: /Afmelden/ }).waitFor();
}

/** One serious or critical axe violation on a page, with the elements it concerns (CSS selector and HTML). */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  nodes: { target: string; html: string }[];
}

/**
 * The same check as `expectNoSeriousAxeViolations`, but returns the violations instead of failing, for a test that
 * visits many pages and reports them all at once (every-page.browser.test.ts).
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), html: node.html })),
    }));
}

/**
 * A calendar day in Belgium as YYYY-MM-DD, `offsetDays` from today: what the screens and services call "today" (between
 * midnight in Brussels and midnight UTC the UTC date is still yesterday).
 */
export function belgianDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

export interface ApiAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * One GraphQL call from inside the page with the signed-in user's token (the shell's session), as the page itself
 * would make it: what the API holds after a journey, or a check that it refuses what the screen no longer offers.
 */
export async function apiAsSignedInUser<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<ApiAnswer<T>> {
  return page.evaluate(
    async ({ query, variables }) => {
      const config = (await (await fetch('/config.json')).json()) as { gatewayUrl: string };
      const session = JSON.parse(sessionStorage.getItem('werkplek.session') ?? '{}') as { token?: string };
      const response = await fetch(`${config.gatewayUrl.replace(/\/+$/, '')}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token ?? ''}` },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
}
