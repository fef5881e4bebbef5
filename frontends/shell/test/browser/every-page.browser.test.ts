/**
 * Issue #6, Quality: "axe-core finds no serious or critical violation on any page". The journeys check the pages they
 * pass; this test crawls every page reachable from the navigation, per role, so a new page is covered without
 * touching this file:
 * - the shell's pages: the work queues (Start), a search with results, the accessibility statement;
 * - in each area of the main navigation, every link of the area's own `nav` (discovered from the DOM), the first
 *   link in a table row on that page (its detail) and other in-area links (forms such as "nieuw" first), and from
 *   there up to MAX_DEPTH levels down. Each kind of page (the path with its ids left out) is visited once per role,
 *   at most MAX_LINKS_BELOW links per page, to keep the run short (about 2 minutes);
 * - not signed in: the public pages and the sign-in prompts.
 * It records every serious or critical axe violation and every console error on the way and fails once, at the end,
 * with the full list, so one run shows everything. The pages visited per role are printed as a table for CI logs.
 * It follows links and submits no form, with two exceptions, because a fresh database has no such record and their
 * pages would go unchecked: the centre user drafts an action plan and a qualitative plan for Syntra Brussel (a centre
 * no other browser test uses), and agency staff register a complaint through the API. Each only if missing; nothing
 * else changes, so it does not depend on (or disturb) other files' data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, screenshot, seriousAxeViolations, shellUrl, signIn, type AxeFinding, type OpenedPage, type SignInAs, apiAsSignedInUser } from './support.js';

interface RoleToCrawl {
  /** How the table and the findings name the role. */
  name: string;
  /** Undefined: not signed in. */
  signIn?: SignInAs;
  /** A search text with results in what the role may read. */
  search?: string;
  /** Records the role needs before the crawl, so pages that show one exist (created only if missing). */
  prepare?: (crawler: Crawler) => Promise<void>;
}

const roles: readonly RoleToCrawl[] = [
  {
    name: 'Agentschapsmedewerker',
    signIn: { role: 'Agentschapsmedewerker' },
    search: 'Janssens',
    prepare: (crawler) => crawler.registerComplaint(),
  },
  { name: 'Medewerker partnerschap (SP Bouw)', signIn: { role: 'Medewerker partnerschap', organisation: 'SP Bouw' }, search: 'Janssens' },
  {
    name: 'Centrummedewerker (Syntra Brussel)',
    signIn: { role: 'Centrummedewerker', organisation: 'Syntra Brussel' },
    search: 'Syntra',
    prepare: async (crawler) => {
      await crawler.draftActionPlan();
      await crawler.draftQualitativePlan();
    },
  },
  { name: 'Inspecteur (Pieter De Smet)', signIn: { role: 'Inspecteur', person: 'Pieter De Smet (team inspectie)' }, search: 'Syntra' },
  { name: 'Niet aangemeld' },
];

/** The areas and their addresses; a signed-out visitor gets the sign-in prompt there. */
const areaPaths = ['/duaal-leren', '/ondernemersvorming', '/toezicht-en-inspectie'] as const;

/** At most this many links are followed from one page below the area's navigation... */
const MAX_LINKS_BELOW = 3;
/**
 * ...and this many levels down (list → detail → form or related detail → its form). Each kind of page is visited once
 * per role, so depth only decides whether a form reached through an already-visited kind of page is found too.
 */
const MAX_DEPTH = 3;

/** A link to a form or another page inside a list or detail: worth a visit even though it is not in the navigation. */
const FORM_LINK = /nieuw|toevoegen|registreren|bewerken|aanmaken|opstellen|indienen|wijzigen|beoordelen/i;
const isFormLink = (link: { href: string; text: string }) => FORM_LINK.test(link.text) || FORM_LINK.test(link.href);

interface Visit {
  role: string;
  url: string;
  kind: string;
  heading: string;
  violations: AxeFinding[];
  consoleErrors: string[];
  /** The page did not finish loading (or could not be opened): what went wrong. */
  problem?: string;
}

const visits: Visit[] = [];
const crawledRoles = new Set<string>();

/** The kind of page: the path with every segment that holds a digit (ids, years) replaced, without the query. */
function pageKind(url: string): string {
  const { pathname } = new URL(url, shellUrl);
  return pathname
    .split('/')
    .map((segment) => (/\d/.test(segment) ? ':id' : segment))
    .join('/');
}

function areaOf(url: string): string | undefined {
  const { pathname } = new URL(url, shellUrl);
  return areaPaths.find((path) => pathname === path || pathname.startsWith(`${path}/`));
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

class Crawler {
  private readonly seenKinds = new Set<string>();
  private errorsSeen = 0;
  private screenshots = 0;
  /** Refused or failed requests since the last check, described with the GraphQL operation and the answer. */
  private failedRequests: Promise<string>[] = [];

  constructor(
    private readonly role: RoleToCrawl,
    private readonly opened: OpenedPage,
  ) {
    // The console only says "Failed to load resource: 400"; this says which request and why, for the report.
    opened.page.on('response', (response) => {
      if (response.status() < 400) return;
      const request = response.request();
      const operation = /"operationName"\s*:\s*"(\w+)"/.exec(request.postData() ?? '')?.[1];
      this.failedRequests.push(
        response
          .text()
          .catch(() => '')
          .then((body) => `${response.status()} ${request.method()} ${response.url()}${operation ? ` (${operation})` : ''}: ${body.slice(0, 400)}`),
      );
    });
  }

  private get page(): Page {
    return this.opened.page;
  }

  /** Loading is done: nothing busy (a button's aria-busy is its own submission), and an area shows its h2. */
  async settle(): Promise<void> {
    await this.page.waitForFunction(
      () => {
        const busy = [...document.querySelectorAll('[aria-busy="true"]')].filter((element) => element.tagName !== 'BUTTON');
        if (busy.length > 0) return false;
        const area = document.querySelector('.wp-shell__area');
        if (area && !area.querySelector('h2')) return false;
        return document.querySelector('main h1') !== null;
      },
      undefined,
      { timeout: 20_000 },
    );
  }

  /** Checks the page that is open now and records it. */
  async check(kind: string): Promise<void> {
    const url = this.page.url();
    this.seenKinds.add(pageKind(url));
    const visit: Visit = { role: this.role.name, url: url.replace(shellUrl, ''), kind, heading: '', violations: [], consoleErrors: [] };
    visits.push(visit);
    try {
      await this.settle();
    } catch (error) {
      visit.problem = `did not finish loading: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    }
    visit.heading = await this.page
      .evaluate(() => {
        const heading = document.querySelector('.wp-shell__area h2') ?? document.querySelector('main h1');
        return heading?.textContent?.trim() ?? '';
      })
      .catch(() => '');
    visit.violations = await seriousAxeViolations(this.page);
    const errors = this.opened.errors.slice(this.errorsSeen);
    this.errorsSeen = this.opened.errors.length;
    // No console error is ignored: none is known to be harmless (a refused request on a page is a finding too).
    visit.consoleErrors = [...errors];
    const failed = await Promise.all(this.failedRequests.splice(0));
    if (visit.consoleErrors.length > 0) visit.consoleErrors.push(...failed.map((text) => `request: ${text}`));
    if (visit.violations.length > 0 || visit.problem) {
      this.screenshots += 1;
      const slug = this.role.name.replace(/\W+/g, '-').toLowerCase();
      await screenshot(this.page, `every-page-${slug}-${String(this.screenshots).padStart(2, '0')}`);
    }
  }

  /** Opens a URL as a person would: through a link with that address on the page if there is one. */
  async open(href: string): Promise<void> {
    const target = new URL(href, shellUrl);
    const path = `${target.pathname}${target.search}`;
    const link = this.page.locator(`a[href="${path}"]:visible`).first();
    if ((await link.count()) > 0) {
      await link.click();
      await this.page.waitForURL((url) => `${url.pathname}${url.search}` === path);
    } else {
      await this.page.goto(target.toString());
    }
  }

  /** Opens and checks a page; false if it could not be opened (recorded as a finding). */
  async visit(href: string, kind: string): Promise<boolean> {
    try {
      await this.open(href);
    } catch (error) {
      visits.push({
        role: this.role.name,
        url: href,
        kind,
        heading: '',
        violations: [],
        consoleErrors: [],
        problem: `could not be opened: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      });
      return false;
    }
    await this.check(kind);
    return true;
  }

  isNew(href: string): boolean {
    return !this.seenKinds.has(pageKind(href));
  }

  /**
   * The links in the area's content that stay in the area, in document order: only those inside an element matching
   * `within` (e.g. a table body) if given, without those inside an element matching `outside` (e.g. the area's
   * navigation). Downloads (CSV exports) are not pages.
   */
  async linksIn(area: string, filter: { within?: string; outside?: string } = {}): Promise<{ href: string; text: string }[]> {
    const links = await this.page.locator('.wp-shell__area a[href]').evaluateAll(
      (anchors, { within, outside }) =>
        anchors
          .filter((anchor) => !anchor.hasAttribute('download'))
          .filter((anchor) => !within || anchor.closest(within) !== null)
          .filter((anchor) => !outside || anchor.closest(outside) === null)
          .map((anchor) => ({ href: anchor.getAttribute('href') ?? '', text: anchor.textContent?.trim() ?? '' })),
      filter,
    );
    return links.filter((link) => link.href.startsWith('/') && areaOf(link.href) === area);
  }

  /** A complaint, through the API (complaints come in by letter or e-mail; no screen registers them), unless there is one. */
  async registerComplaint(): Promise<void> {
    await this.page.goto(`${shellUrl}/duaal-leren/klachten`);
    await this.settle();
    if ((await this.linksIn('/duaal-leren', { within: 'tbody tr' })).length > 0) return;
    const { errors } = await apiAsSignedInUser(this.page, 'mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }', {
      input: {
        kind: 'COMPLAINT',
        subject: 'Geen begeleiding op de werkplek',
        description: 'De leerling kreeg de eerste drie weken geen mentor toegewezen.',
        submitterName: 'Ouder van een leerling',
      },
    });
    expect(errors?.map((error) => error.message) ?? [], 'registering a complaint for the crawl').toEqual([]);
  }

  /** A draft action plan in the first open round, through the centre's "opstellen" button, unless there is one. */
  async draftActionPlan(): Promise<void> {
    await this.page.goto(`${shellUrl}/ondernemersvorming/jaaractieplannen`);
    await this.settle();
    const draft = this.page.getByRole('button', { name: /^Jaaractieplan opstellen voor/ });
    if ((await draft.count()) === 0) return;
    await draft.first().click();
    await this.page.waitForURL(/\/ondernemersvorming\/jaaractieplannen\/[^/]+$/);
  }

  /** A qualitative plan with one item, through the form on the list, unless the centre has one. */
  async draftQualitativePlan(): Promise<void> {
    await this.page.goto(`${shellUrl}/ondernemersvorming/kwalitatieve-jaarplannen`);
    await this.settle();
    if ((await this.linksIn('/ondernemersvorming', { within: 'tbody tr' })).length > 0) return;
    const form = this.page.locator('form', { has: this.page.getByRole('heading', { name: 'Kwalitatief jaarplan opstellen' }) });
    const section = form.getByLabel('Rubriek');
    await section.locator('option:not([value=""])').first().waitFor({ state: 'attached' });
    const firstSection = await section.locator('option:not([value=""])').first().getAttribute('value');
    await section.selectOption(firstSection ?? '');
    await form.getByLabel('Inhoud van het item').fill('Wij breiden het aanbod avondopleidingen uit met twee trajecten voor zelfstandigen in bijberoep.');
    await form.getByRole('button', { name: 'Jaarplan opstellen' }).click();
    await this.page.waitForURL(/\/ondernemersvorming\/kwalitatieve-jaarplannen\/[^/]+$/);
  }

  /** The shell's own pages of a signed-in role. */
  async crawlShell(): Promise<void> {
    await this.check('Start (werkvoorraad)');
    if (this.role.search) {
      const search = this.page.getByRole('search');
      await search.getByLabel('Zoeken').fill(this.role.search);
      await search.getByRole('button', { name: 'Zoeken' }).click();
      await this.page.getByRole('heading', { level: 1, name: `Zoekresultaten voor "${this.role.search}"` }).waitFor();
      await this.check('zoeken');
      // A search "with results": at least one hit links into an area.
      expect(await this.page.locator('main a[href^="/duaal-leren/"], main a[href^="/ondernemersvorming/"], main a[href^="/toezicht-en-inspectie/"]').count()).toBeGreaterThan(0);
    }
    await this.visit('/toegankelijkheid', 'toegankelijkheidsverklaring');
  }

  /** Every area in the main navigation, and in each every page of its own navigation with a detail and its forms. */
  async crawlAreas(): Promise<void> {
    const mainNavigation = await this.page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .locator('a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    const areas = mainNavigation.filter((href) => areaOf(href) === href);
    expect(areas.length, `areas in the main navigation of ${this.role.name}`).toBeGreaterThan(0);
    for (const area of areas) {
      await this.visit(area, 'gebied');
      const sections = await this.linksIn(area, { within: '.wp-shell__area nav' });
      expect(sections.length, `links in the navigation of ${area} for ${this.role.name}`).toBeGreaterThan(0);
      // Visited as navigation anyway: a detail's "Terug naar …" link to one of them is not a page of its own.
      for (const section of sections) this.seenKinds.add(pageKind(section.href));
      for (const section of sections) {
        if (await this.visit(section.href, `navigatie: ${section.text}`)) await this.crawlBelow(area);
      }
    }
  }

  /**
   * Below a page of the area's navigation: the first row's detail (the first link in a table row), then other kinds
   * of page it links to (forms first, e.g. "nieuw"), and from each of those one level further. At most
   * MAX_LINKS_BELOW links per page, each kind of page once per role.
   */
  private async crawlBelow(area: string, depth = 1): Promise<void> {
    const rowLink = (await this.linksIn(area, { within: 'tbody tr' })).find((link) => this.isNew(link.href));
    const others = (await this.linksIn(area, { outside: 'nav, tbody' }))
      .filter((link) => this.isNew(link.href))
      // Forms first: they are the pages no navigation shows.
      .sort((a, b) => Number(isFormLink(b)) - Number(isFormLink(a)));
    const chosen = new Map<string, { href: string; text: string; kind: string }>();
    for (const [link, kind] of [
      ...(rowLink ? [[rowLink, 'detail'] as const] : []),
      ...others.map((link) => [link, isFormLink(link) ? 'formulier' : 'link'] as const),
    ]) {
      if (chosen.size >= MAX_LINKS_BELOW) break;
      if (!chosen.has(pageKind(link.href))) chosen.set(pageKind(link.href), { ...link, kind });
    }
    for (const link of chosen.values()) {
      // A row earlier in this loop may have visited the same kind of page through another link.
      if (!this.isNew(link.href)) continue;
      const opened = await this.visit(link.href, `niveau ${depth}, ${link.kind}: ${link.text}`);
      if (opened && depth < MAX_DEPTH) await this.crawlBelow(area, depth + 1);
    }
  }

  /** A visitor who is not signed in: the public pages and the sign-in prompt at every address that needs sign-in. */
  async crawlPublic(): Promise<void> {
    for (const [path, kind] of [
      ['/', 'Start (niet aangemeld)'],
      ['/aanmelden', 'aanmelden'],
      ['/toegankelijkheid', 'toegankelijkheidsverklaring'],
      ['/zoeken?q=Janssens', 'zoeken (aanmeldvraag)'],
      ...areaPaths.map((path) => [path, 'gebied (aanmeldvraag)']),
      ['/bestaat-niet', 'pagina niet gevonden'],
    ] as const) {
      await this.page.goto(`${shellUrl}${path}`);
      await this.check(kind);
    }
  }
}

function coverageTable(): string {
  const rows = visits.map((visit) => [
    visit.role,
    visit.url,
    visit.heading.slice(0, 50),
    visit.kind.slice(0, 50),
    visit.problem ? 'NIET GELADEN' : visit.violations.length > 0 ? `${visit.violations.length} axe` : 'ok',
  ]);
  const header = ['rol', 'adres', 'kop', 'via', 'axe'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
  const perRole = [...new Set(visits.map((visit) => visit.role))].map(
    (role) => `${role}: ${visits.filter((visit) => visit.role === role).length} pagina's`,
  );
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line), '', ...perRole].join('\n');
}

function findingsReport(): string[] {
  const findings: string[] = [];
  for (const visit of visits) {
    const where = `[${visit.role}] ${visit.url} (${visit.heading || visit.kind})`;
    if (visit.problem) findings.push(`${where}: ${visit.problem}`);
    for (const violation of visit.violations) {
      const nodes = violation.nodes.map((node) => `${node.target} ${node.html.slice(0, 160)}`).join('; ');
      findings.push(`${where}: ${violation.rule} (${violation.impact}) ${violation.help} – ${nodes}`);
    }
    for (const error of visit.consoleErrors) findings.push(`${where}: console error: ${error.slice(0, 600)}`);
  }
  return findings;
}

describe('every page passes axe (WCAG 2.1 A/AA: no serious or critical violation) and logs no console error', () => {
  it('finds a serious violation where there is one (the check itself works)', async () => {
    const { context, page } = await openPage(browser);
    try {
      await page.setContent('<!doctype html><html lang="nl-BE"><title>Proef</title><main><h1>Proef</h1><img src="data:,"></main></html>');
      expect((await seriousAxeViolations(page)).map((finding) => finding.rule)).toContain('image-alt');
    } finally {
      await context.close();
    }
  });

  for (const role of roles) {
    it(
      `crawls every page of ${role.name}`,
      async () => {
        const opened = await openPage(browser);
        try {
          const crawler = new Crawler(role, opened);
          if (role.signIn) {
            await signIn(opened.page, role.signIn);
            if (role.prepare) {
              await role.prepare(crawler);
              // Back to the start: the crawl begins where a person does after signing in.
              await opened.page.goto(shellUrl);
            }
            await crawler.crawlShell();
            await crawler.crawlAreas();
          } else {
            await crawler.crawlPublic();
          }
          crawledRoles.add(role.name);
        } finally {
          await opened.context.close();
        }
      },
      240_000,
    );
  }

  it('found nothing on any page of any role', () => {
    console.log(`\nPagina's bezocht per rol (every-page):\n${coverageTable()}\n`);
    const findings = findingsReport();
    if (findings.length > 0) console.log(`\nBevindingen (${findings.length}):\n${findings.join('\n')}\n`);
    // Every role was crawled to the end (a role that broke off fails its own test and this one).
    expect([...crawledRoles]).toEqual(roles.map((role) => role.name));
    expect(findings).toEqual([]);
  });
});
