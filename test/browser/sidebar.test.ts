/// <reference lib="dom" />
/**
 * The sidebar in a real browser: Debian's chromium, headless, driven by puppeteer-core, against
 * `cbo-tracker ui` (startUiServer) over the offline runtime. Each test is bounded in time, and the
 * browser and servers are closed even when a test fails.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startUiServer, type UiServer } from '../../src/offline/commands/ui';
import { REPO_ROOT } from '../../src/offline/runtime';
import { MESSAGES } from '../../src/i18n/messages';
import { SIDEBAR_MESSAGES } from '../../src/i18n/catalogue/sidebar';
import { ensureBuild, tempDir } from '../support/runtime';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'cbo-tracker-example.xlsx');
const NEEDS_FIXING = path.join(REPO_ROOT, 'examples', 'needs-fixing.xlsx');
const SCREENSHOT = path.join(REPO_ROOT, 'docs', 'images', 'sidebar.png');
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (file): file is string => !!file && fs.existsSync(file),
);
/** Meetings added to the example, so that a batch has several documents to make. */
const EXTRA_MEETINGS = ['M-2021-03', 'M-2021-06', 'M-2021-09', 'M-2021-12'];
const WAIT = { timeout: 30_000 };

jest.setTimeout(90_000);

let browser: Browser | undefined;
const servers: UiServer[] = [];

async function exampleWithMoreMeetings(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  const meetings = workbook.getWorksheet('Meetings')!;
  const model = meetings.getRow(3).values as ExcelJS.CellValue[];
  EXTRA_MEETINGS.forEach((id, i) => {
    const row = meetings.getRow(4 + i);
    model.forEach((value, column) => {
      if (column > 0) row.getCell(column).value = value;
    });
    row.getCell(1).value = id;
    row.getCell(2).value = `${String(model[2])} (${i + 2})`;
    row.getCell(14).value = null; // no Document yet
  });
  const file = path.join(dir, 'more-meetings.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The example with Settings › Language = km. */
async function exampleInKhmer(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  workbook.getWorksheet('Settings')!.eachRow((row) => {
    if (row.getCell(1).value === 'Language') row.getCell(2).value = 'km';
  });
  const file = path.join(dir, 'khmer.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

async function serve(workbook: string, stepBudgetMs?: number): Promise<UiServer> {
  const server = await startUiServer({
    workbook,
    outDir: tempDir('cbo-ui-out-'),
    port: 0,
    ...(stepBudgetMs !== undefined ? { stepBudgetMs } : {}),
  });
  servers.push(server);
  return server;
}

/** A page of the sidebar, 300 px wide as in Sheets, that records where it sends requests. */
async function openPage(server: UiServer): Promise<{ page: Page; requests: string[] }> {
  const page = await browser!.newPage();
  page.setDefaultTimeout(WAIT.timeout);
  const requests: string[] = [];
  page.on('request', (request) => {
    requests.push(request.url());
  });
  await page.setViewport({ width: 300, height: 900, deviceScaleFactor: 2 });
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="true"]');
  return { page, requests };
}

/** Waits (bounded) until a condition on the server side holds. */
async function until(condition: () => boolean): Promise<void> {
  const end = Date.now() + WAIT.timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting on the server');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Records every aria-valuenow the progress bar shows. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bar = document.getElementById('progress-bar')!;
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const now = `${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')}`;
      if (seen[seen.length - 1] !== now) seen.push(now);
    }).observe(bar, { attributes: true });
  });
}

async function progressOf(page: Page): Promise<{ now: number; max: number; summary: string }> {
  return page.evaluate(() => {
    const bar = document.getElementById('progress-bar')!;
    return {
      now: Number(bar.getAttribute('aria-valuenow')),
      max: Number(bar.getAttribute('aria-valuemax')),
      summary: document.getElementById('progress-summary')!.textContent ?? '',
    };
  });
}

/** The minutes documents written under OUT/docs/ (not the template the first run makes). */
function docxFiles(server: UiServer): string[] {
  const dir = path.join(server.runtime.outDir, 'docs');
  const out: string[] = [];
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(d, entry.name));
      else if (/^M-.*\.docx$/.test(entry.name)) out.push(entry.name);
    }
  };
  walk(dir);
  return out.sort();
}

function meetingLinks(server: UiServer): string[] {
  const values = server.runtime.sheetValues('Meetings')!;
  const column = values[0].indexOf('Document');
  return values
    .slice(1)
    .map((row) => String(row[column] ?? ''))
    .filter(Boolean);
}

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('chromium is missing: apt-get install chromium (or set CHROMIUM_PATH)');
  ensureBuild();
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
    timeout: 30_000,
    protocolTimeout: 30_000,
  });
});

afterAll(async () => {
  const closing = servers.map((server) => server.close().catch(() => undefined));
  await Promise.all(closing);
  await browser?.close().catch(() => undefined);
});

describe('the sidebar in Chromium', () => {
  test('Validate lists the problems by sheet, filters them, and a click selects the cell', async () => {
    const server = await serve(NEEDS_FIXING);
    const { page, requests } = await openPage(server);
    await page.click('[data-job="validate"]');
    await page.waitForSelector('.problem');
    const groups = await page.$$eval('#problems h3', (hs) => hs.map((h) => h.textContent ?? ''));
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.some((g) => g.startsWith('CBOs ('))).toBe(true);
    const all = await page.$$eval('.problem', (ps) => ps.length);

    await page.click('[data-filter="error"]');
    const errors = await page.$$eval('.problem', (ps) => ps.map((p) => p.className));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThan(all);
    expect(errors.every((c) => c.includes('error'))).toBe(true);
    await page.click('[data-filter="warning"]');
    const warnings = await page.$$eval('.problem', (ps) => ps.map((p) => p.className));
    expect(warnings.every((c) => c.includes('warning'))).toBe(true);
    expect(errors.length + warnings.length).toBe(all);
    // Every problem shows its fix.
    expect(await page.$$eval('.problem .fix', (fs) => fs.length)).toBe(warnings.length);

    // Click an error with a row and a column: its cell becomes the active range of the sheet.
    await page.click('[data-filter="error"]');
    const target = await page.$eval(
      '.problem[data-row]:not([data-row=""])[data-column]:not([data-column=""])',
      (p) => {
        (p as HTMLElement).click();
        return {
          sheet: p.getAttribute('data-sheet')!,
          row: Number(p.getAttribute('data-row')),
          column: p.getAttribute('data-column')!,
        };
      },
    );
    await page.waitForFunction(() =>
      /^Selected /.test(document.getElementById('selected')!.textContent ?? ''),
    );
    const shown = await page.$eval('#selected', (s) => s.textContent ?? '');
    const active = server.runtime.spreadsheet.getActiveSheet();
    const range = server.runtime.spreadsheet.getActiveRange()!;
    expect(active.getName()).toBe(target.sheet);
    expect(range.getRow()).toBe(target.row);
    const header = String(server.runtime.sheetValues(target.sheet)![0][range.getColumn() - 1]);
    expect(header.replace(/\*$/, '').trim().toLowerCase()).toBe(target.column.toLowerCase());
    expect(shown).toBe(`Selected ${target.sheet}!${range.getA1Notation()}`);

    // Nothing was asked of any other address than the local server.
    expect(requests.every((url) => url.startsWith(server.url))).toBe(true);
    await page.close();
  });

  test('the keyboard moves between the tabs and starts a job', async () => {
    const server = await serve(EXAMPLE);
    const { page } = await openPage(server);
    await page.focus('#tab-jobs');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-problems');
    expect(await page.$eval('#panel-problems', (p) => (p as HTMLElement).hidden)).toBe(false);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-job'))).toBe('validate');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.getElementById('tab-problems')!.getAttribute('aria-selected') === 'true',
    );
    expect(server.calls).toContain('sidebarStepJob');
    await page.close();
  });

  test('a minutes batch with a tiny step budget runs to 100% over many calls, without duplicates', async () => {
    const workbook = await exampleWithMoreMeetings(tempDir('cbo-ui-in-'));
    const server = await serve(workbook, 1);
    const { page } = await openPage(server);
    await watchProgress(page);
    await page.click('[data-job="minutes"]');
    await page.waitForFunction(
      () => /minutes made/.test(document.getElementById('progress-summary')!.textContent ?? ''),
      WAIT,
    );
    const meetings = 2 + EXTRA_MEETINGS.length;
    const progress = await progressOf(page);
    expect(progress).toMatchObject({ now: meetings, max: meetings });
    expect(progress.summary).toMatch(
      new RegExp(`^${meetings} minutes made \\(${meetings} new, 0 updated\\)`),
    );
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toEqual(Array.from({ length: meetings + 1 }, (_, i) => `${i}/${meetings}`));
    expect(server.calls.filter((c) => c === 'sidebarStepJob')).toHaveLength(meetings);
    expect(docxFiles(server)).toHaveLength(meetings);
    expect(new Set(meetingLinks(server)).size).toBe(meetings);

    // Again: every document is refilled, none made twice.
    await page.click('[data-job="minutes"]');
    await page.waitForFunction(
      (n: number) =>
        (document.getElementById('progress-summary')!.textContent ?? '').startsWith(
          `${n} minutes made (0 new, ${n} updated)`,
        ),
      WAIT,
      meetings,
    );
    expect(docxFiles(server)).toHaveLength(meetings);
    await page.close();
  });

  test('Generate minutes for the meetings ticked only', async () => {
    const workbook = await exampleWithMoreMeetings(tempDir('cbo-ui-in-'));
    const server = await serve(workbook, 1);
    const { page } = await openPage(server);
    await page.click('input[name="minutes-which"][value="chosen"]');
    await page.waitForSelector('#minutes-list:not([hidden]) input[value="M-2021-09"]');
    await page.click('input[data-item="minutes"][value="M-2021-03"]');
    await page.click('input[data-item="minutes"][value="M-2021-09"]');
    await page.click('[data-job="minutes"]');
    await page.waitForFunction(
      () => /minutes made/.test(document.getElementById('progress-summary')!.textContent ?? ''),
      WAIT,
    );
    expect(await progressOf(page)).toMatchObject({ now: 2, max: 2 });
    expect(docxFiles(server).map((name) => name.slice(0, 9))).toEqual(['M-2021-03', 'M-2021-09']);
    // The list marks the meetings that now have a document.
    await page.waitForFunction(() =>
      (document.querySelector('input[value="M-2021-09"]')!.parentElement!.textContent ?? '').endsWith('✓'),
    );
    await page.close();
  });

  test('Cancel stops a job; a job left by a closed sidebar resumes where it was, without duplicates', async () => {
    const workbook = await exampleWithMoreMeetings(tempDir('cbo-ui-in-'));
    const server = await serve(workbook, 1);
    const meetings = 2 + EXTRA_MEETINGS.length;
    let { page } = await openPage(server);

    // Cancel after two documents.
    await page.click('[data-job="minutes"]');
    await page.waitForFunction(
      () => Number(document.getElementById('progress-bar')!.getAttribute('aria-valuenow')) >= 2,
    );
    await page.click('#cancel');
    await page.waitForFunction(() =>
      (document.getElementById('progress-summary')!.textContent ?? '').startsWith('Cancelled.'),
    );
    const cancelled = await progressOf(page);
    expect(cancelled.now).toBeGreaterThanOrEqual(2);
    expect(cancelled.now).toBeLessThan(meetings);
    expect(server.calls).toContain('sidebarCancelJob');
    const stepsBefore = server.calls.filter((c) => c === 'sidebarStepJob').length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.calls.filter((c) => c === 'sidebarStepJob').length).toBe(stepsBefore);
    expect(docxFiles(server)).toHaveLength(cancelled.now);

    // Start again, close the sidebar (leave the page) half-way, open it again: Resume.
    await page.click('[data-job="minutes"]');
    await until(() => server.calls.filter((c) => c === 'sidebarStepJob').length >= stepsBefore + 2);
    await page.close();
    const stepsAtClose = server.calls.filter((c) => c === 'sidebarStepJob').length;
    ({ page } = await openPage(server));
    await page.waitForSelector('#resume:not([hidden]) [data-resume="minutes"]');
    const notice = await page.$eval('#resume', (r) => r.textContent ?? '');
    const stoppedAt = Number(/stopped at (\d+) of/.exec(notice)?.[1]);
    expect(stoppedAt).toBeGreaterThanOrEqual(2);
    expect(stoppedAt).toBeLessThan(meetings);
    await page.click('[data-resume="minutes"]');
    await page.waitForFunction(
      () => /minutes made/.test(document.getElementById('progress-summary')!.textContent ?? ''),
      WAIT,
    );
    expect(await progressOf(page)).toMatchObject({ now: meetings, max: meetings });
    // The resumed run made only the documents left (one step per document, none redone).
    const stepsAfter = server.calls.filter((c) => c === 'sidebarStepJob').length;
    expect(stepsAfter - stepsAtClose).toBe(meetings - stoppedAt);
    expect(docxFiles(server)).toHaveLength(meetings);
    expect(new Set(meetingLinks(server)).size).toBe(meetings);
    await page.close();
  });

  test('every job runs to the end on the example workbook', async () => {
    const server = await serve(EXAMPLE);
    const { page } = await openPage(server);
    const jobs = ['validate', 'indicators', 'minutes', 'report', 'partners-split', 'partners-collect'];
    const summaries: Record<string, string> = {};
    for (const job of jobs) {
      await page.click(`[data-job="${job}"]`);
      await page.waitForFunction(
        () =>
          !document.querySelector('button.job:disabled') &&
          (document.getElementById('progress-summary')!.textContent ?? '') !== '',
        WAIT,
      );
      const progress = await progressOf(page);
      expect(progress.now).toBe(progress.max);
      expect(await page.$eval('#progress-error', (e) => (e as HTMLElement).hidden)).toBe(true);
      summaries[job] = progress.summary;
      await page.click('#tab-jobs');
    }
    expect(summaries.validate).toMatch(/no errors/);
    expect(summaries.indicators).toMatch(/10 indicators computed/);
    expect(summaries.minutes).toMatch(/^2 minutes made/);
    expect(summaries.report).toMatch(/progress report/);
    expect(summaries['partners-split']).toMatch(/partner sheet/);
    expect(summaries['partners-collect']).toMatch(/updated/);
    await page.close();
  });

  test('Settings › Language = km: the sidebar speaks Khmer, with Khmer digits', async () => {
    const server = await serve(await exampleInKhmer(tempDir('cbo-ui-in-')));
    const { page } = await openPage(server);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('km');
    expect(await page.$eval('#tab-indicators', (t) => t.textContent?.trim())).toBe(
      SIDEBAR_MESSAGES['sidebar.tab.indicators'].km,
    );
    expect(await page.$eval('[data-job="validate"]', (b) => b.textContent)).toBe(
      MESSAGES['menu.validate'].km,
    );
    await page.click('[data-job="indicators"]');
    await page.waitForSelector('[data-indicator="IND-1.3"] .figure');
    expect(await page.$eval('[data-indicator="IND-1.3"] .figure', (f) => f.textContent)).toBe(
      '១៦.២៥% (១៣ នៃ ៨០)',
    );
    expect(await page.$eval('[data-indicator="IND-1.3"]', (c) => c.textContent ?? '')).toContain('គោលដៅ ២០');
    const shot = path.join(tempDir('cbo-ui-shot-'), 'sidebar-km.png');
    await page.screenshot({ path: shot as `${string}.png` });
    if (process.env.CBO_KEEP_SHOTS)
      fs.copyFileSync(shot, path.join(process.env.CBO_KEEP_SHOTS, 'sidebar-km.png'));
    await page.close();
  });

  test('Compute indicators shows every figure with its target and bar charts; screenshot for the README', async () => {
    const server = await serve(EXAMPLE);
    const { page, requests } = await openPage(server);
    await page.click('[data-job="indicators"]');
    await page.waitForSelector('[data-indicator="IND-1.3"] .figure');
    expect(await page.$eval('[data-indicator="IND-1.3"] .figure', (f) => f.textContent)).toBe(
      '16.25% (13 of 80)',
    );
    expect(await page.$eval('[data-indicator="IND-1.3"]', (c) => c.textContent ?? '')).toMatch(/Target 20/);
    expect(await page.$$eval('[data-indicator]', (cs) => cs.length)).toBe(10);
    // Breakdowns as SVG bar charts drawn in the page.
    const bars = await page.$$eval('[data-indicator="IND-1.7"] svg.chart rect', (rs) => rs.length);
    expect(bars).toBe(4);
    expect(requests.every((url) => url.startsWith(server.url))).toBe(true);

    await page.$eval('[data-indicator="IND-1.7"] details', (d) => d.setAttribute('open', ''));
    await page.setViewport({ width: 300, height: 1150, deviceScaleFactor: 2 });
    const shot = path.join(tempDir('cbo-ui-shot-'), 'sidebar.png');
    await page.screenshot({ path: shot as `${string}.png` });
    const png = fs.readFileSync(shot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(600); // 300 px wide at 2x
    if (process.env.CBO_UPDATE_SCREENSHOT === '1' || !fs.existsSync(SCREENSHOT)) {
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      fs.copyFileSync(shot, SCREENSHOT);
    }
    await page.close();
  });
});
