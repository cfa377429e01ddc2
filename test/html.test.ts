/**
 * The HTML report in a real browser (Debian's chromium driven by playwright-core): it
 * renders, logs no console errors, makes no network request, and OKR text holding a
 * <script> tag stays text.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintText, ruleRegistry } from '../src/api.js';
import html from '../src/formatters/html.js';
import type { LintResult } from '../src/rule-kit/types.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`html.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it).`);

const HOSTILE_TITLE = `<script>window.__okrPwned = true; console.error('executed')</script><img src="https://example.invalid/x.png" onerror="window.__okrPwned = true">Grow repeat purchases`;

function okrFile(team: string, objectives: { id: string; title: string; krs: string[] }[]): string {
  const body = objectives
    .map((o) => `  - id: ${o.id}\n    title: ${JSON.stringify(o.title)}\n    key_results:\n${o.krs.map((kr) => `      - ${JSON.stringify(kr)}`).join('\n')}`)
    .join('\n');
  return `period: 2027-Q4\nteam: ${JSON.stringify(team)}\nobjectives:\n${body}\n`;
}

function sampleResults(root: string): LintResult[] {
  const lint = (name: string, yaml: string) => lintText(yaml, { filePath: join(root, name), preset: 'all' })[0]!;
  return [
    lint('shop.okr.yaml', okrFile('Shop <Checkout> & Co', [
      { id: 'shop-repeat', title: HOSTILE_TITLE, krs: ['Raise repeat purchase rate from 18% to 24%', '<b>Lift</b> basket size "by" 10%'] },
      { id: 'shop-speed', title: 'Make checkout feel instant', krs: ['Cut checkout p95 from 2.4 s to 1.2 s', 'Cut abandoned carts from 31% to 25%', 'Keep payment errors below 0.5%', 'Raise one-click use from 12% to 30%', 'Cut refund requests from 4% to 3%', 'Grow saved cards from 20% to 35%'] },
    ])),
    lint('people.okr.yaml', okrFile('People team', [{ id: 'people-onboarding', title: 'New hires productive in their first month', krs: ['Raise 30-day onboarding survey score from 3.6 to 4.3'] }])),
    lint('broken.okr.yaml', 'period: 2027-Q4\nteam: [oops\n'),
  ];
}

describe.skipIf(!hasChromium)('html report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'okrlint-html-'));
    // launch() gives the browser a fresh temporary profile of its own.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders the summary, charts and findings, with no console errors, no requests and no script run', async () => {
    const results = sampleResults(dir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && consoleErrors.push(message.text())));
    page.on('pageerror', (error) => void consoleErrors.push(error.message));
    page.on('request', (request) => void (request.url().startsWith('file:') || requests.push(request.url())));
    const report = join(dir, 'report.html');
    writeFileSync(report, html(results, { cwd: dir, color: false, rules: ruleRegistry() }));
    await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });

    expect(await page.title()).toBe('okrlint report');
    const total = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
    expect(total).toBeGreaterThan(3);
    expect(await page.locator('.card.total b').innerText()).toBe(String(total));
    // One chart row per rule and per team that has findings, drawn as SVG bars.
    const rules = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(await page.locator('.chart').nth(0).locator('tr').count()).toBe(rules.size);
    expect(await page.locator('.chart').nth(1).locator('td.label').allInnerTexts()).toEqual(expect.arrayContaining(['Shop <Checkout> & Co', 'People team', '(no team)']));
    expect(await page.locator('.chart svg rect').count()).toBeGreaterThan(0);
    // Findings grouped per team and objective; the hostile title shows as text.
    const teams = await page.locator('section.team h2').allInnerTexts();
    expect(teams.some((t) => t.startsWith('Shop <Checkout> & Co'))).toBe(true);
    expect(await page.locator('section.team h3').allInnerTexts()).toContain(HOSTILE_TITLE);
    expect(await page.locator('section.team td.sev').count()).toBe(total);

    expect(await page.evaluate(() => (window as unknown as { __okrPwned?: boolean }).__okrPwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('section img').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
    if (process.env.OKRLINT_SCREENSHOT) await page.screenshot({ path: process.env.OKRLINT_SCREENSHOT, fullPage: true });
    await page.close();
  }, 60_000);

  it('says so plainly when there is nothing to report', async () => {
    const page = await browser.newPage();
    const clean = join(dir, 'clean.html');
    writeFileSync(clean, html([{ filePath: join(dir, 'a.okr.yaml'), messages: [], errorCount: 0, warningCount: 0 }], { cwd: dir, color: false, rules: ruleRegistry() }));
    await page.goto(pathToFileURL(clean).href);
    expect(await page.locator('.clean').innerText()).toContain('No problems in 1 file.');
    await page.close();
  }, 30_000);
});
