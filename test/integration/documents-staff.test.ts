/**
 * Documents when several people use one workbook (#9): under drive.file each user sees only the
 * files the add-on made for them, but opens by ID any Doc shared with them; dates read in the
 * spreadsheet's zone; sharing that Drive refuses silently; the hourly continuation of an add-on.
 */
import fs from 'node:fs';
import { openWorkbook, tempDir, type OfflineRuntime } from '../support/runtime';
import type { FakeDriveApp } from '../../src/offline/services/drive/drive-app';
import { readDocx, smallWorkbook } from './documents-support';
import { docxFiles } from './documents-support';
import { sofficeCommand } from '../../src/offline/services/drive';

interface Summary {
  documents: { id: string; name?: string; url?: string; updated: boolean; problems: { message: string }[] }[];
  problems: {
    severity: string;
    sheet: string;
    row: number;
    column: string;
    message: string;
    value: string;
  }[];
  pending: string[];
  continuesAt?: string;
  sharing?: { viewers: number; emailsSent: number }[];
}

const store = (runtime: OfflineRuntime) => (runtime.service<FakeDriveApp>('DriveApp') as FakeDriveApp)._store;

function cellOf(runtime: OfflineRuntime, sheet: string, key: string, id: string, header: string): string {
  const values = runtime.sheetValues(sheet) as unknown[][];
  const head = values[0].map(String);
  const row = values.find((r) => String(r[head.indexOf(key)]) === id) as unknown[];
  return String(row[head.indexOf(header)] ?? '');
}

/** What a colleague sees of the first user's Drive under drive.file: nothing, though shared Docs open by ID. */
function asColleague(runtime: OfflineRuntime): void {
  for (const file of store(runtime).files) file.byHand = true;
  for (const folder of store(runtime).folders) folder.byHand = true;
}

describe('a second staff member', () => {
  test('updates the minutes in the row link (shared with them) instead of making a duplicate', async () => {
    const runtime = await openWorkbook(smallWorkbook(), { outDir: tempDir('documents-staff-') });
    const first = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    const link = cellOf(runtime, 'Meetings', 'Meeting ID', 'M-1', 'Document');
    const template = cellOf(runtime, 'Settings', 'Setting', 'Minutes template', 'Value');
    expect(link).toBe(first.documents[0].url);
    const docs = store(runtime).files.length;
    asColleague(runtime);
    const second = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    expect(second.documents[0]).toMatchObject({ updated: true, url: link });
    expect(cellOf(runtime, 'Meetings', 'Meeting ID', 'M-1', 'Document')).toBe(link);
    expect(cellOf(runtime, 'Settings', 'Setting', 'Minutes template', 'Value')).toBe(template);
    // Nothing new but this user's own (empty) output folder.
    expect(store(runtime).files.length).toBe(docs);
  });

  test('a row link they cannot open is reported and left alone: no second copy', async () => {
    const runtime = await openWorkbook(smallWorkbook(), { outDir: tempDir('documents-staff-gone-') });
    runtime.run('generateMinutes', { meetingId: 'M-1' });
    const link = cellOf(runtime, 'Meetings', 'Meeting ID', 'M-1', 'Document');
    asColleague(runtime);
    const id = /\/d\/([^/]+)/.exec(link)?.[1] as string;
    // Not shared with this user: DocumentApp cannot open it either.
    runtime.evaluate(`(() => { const app = DocumentApp; globalThis.DocumentApp = new Proxy({}, { get: (_, k) =>
      k === 'openById' ? (i) => { if (i === ${JSON.stringify(id)}) throw new Error('No item with the given ID could be found'); return app.openById(i); } : app[k] }); })()`);
    const docs = store(runtime).files.filter((f) => f.name.startsWith('M-1 ')).length;
    const second = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    expect(second.documents[0].url).toBeUndefined();
    expect(second.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', sheet: 'Meetings', row: 2, column: 'Document' }),
    );
    expect(cellOf(runtime, 'Meetings', 'Meeting ID', 'M-1', 'Document')).toBe(link);
    expect(store(runtime).files.filter((f) => f.name.startsWith('M-1 ')).length).toBe(docs);
  });

  test("a Settings template they cannot open is not overwritten with this user's default", async () => {
    const sheets = smallWorkbook();
    sheets.Settings.push([
      'Minutes template',
      'https://docs.google.com/document/d/1NotSharedWithThisUser000/edit',
    ]);
    const runtime = await openWorkbook(sheets, { outDir: tempDir('documents-staff-template-') });
    const summary = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    expect(summary.documents[0].url).toBeDefined();
    expect(summary.problems).toContainEqual(
      expect.objectContaining({ sheet: 'Settings', column: 'Value', severity: 'warning' }),
    );
    expect(cellOf(runtime, 'Settings', 'Setting', 'Minutes template', 'Value')).toBe(
      'https://docs.google.com/document/d/1NotSharedWithThisUser000/edit',
    );
  });
});

describe("dates and times in the spreadsheet's zone", () => {
  test('a spreadsheet in UTC with Settings › Time zone Asia/Phnom_Penh: 08:00 stays 08:00', async () => {
    const sheets = smallWorkbook();
    const meeting = sheets.Meetings[1];
    meeting[2] = new Date(Date.UTC(2017, 8, 28));
    meeting[3] = new Date(Date.UTC(1899, 11, 30, 8, 0));
    meeting[4] = new Date(Date.UTC(1899, 11, 30, 12, 0));
    const outDir = tempDir('documents-zone-');
    const runtime = await openWorkbook(sheets, { outDir, timeZone: 'UTC' });
    const summary = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    await runtime.flush();
    const file = docxFiles(outDir).find((f) => f.endsWith(`/${summary.documents[0].name}.docx`)) as string;
    const doc = await readDocx(file);
    expect(doc.text).toContain('28 September 2017, 08:00 – 12:00');
  });
});

describe('sharing a report', () => {
  test('an address Drive will not share with silently gets Drive’s invitation; one it refuses is reported', async () => {
    const runtime = await openWorkbook(smallWorkbook(), { outDir: tempDir('documents-share-') });
    // As Drive does for an address without a Google account: sharing needs notify on; and one it refuses.
    runtime.evaluate(`(() => { const drive = Drive, permissions = Drive.Permissions;
      const create = (resource, id, args) => {
        if (resource.emailAddress === 'dca@example.org' && !(args && args.sendNotificationEmail))
          throw new Error('Bad Request: notify must be true for a non-Google account');
        if (resource.emailAddress === 'bfdw@example.org') throw new Error('Sharing is not allowed');
        return permissions.create(resource, id, args);
      };
      globalThis.Drive = new Proxy({}, { get: (_, k) => k === 'Permissions' ? new Proxy({}, { get: (_, m) => m === 'create' ? create : permissions[m] }) : drive[k] });
    })()`);
    const summary = runtime.run('generateProgressReport', { projectId: 'P-1', share: true }) as Summary;
    expect(summary.sharing?.[0]).toMatchObject({ viewers: 1, emailsSent: 1 });
    expect(summary.problems).toContainEqual(
      expect.objectContaining({ sheet: 'Partners', column: 'Email', value: 'bfdw@example.org' }),
    );
    const log = runtime.sheetValues('Report sharing') as unknown[][];
    expect(log.find((r) => r[4] === 'dca@example.org')?.slice(5, 7)).toEqual(['View', 'Drive invitation']);
    expect(log.find((r) => r[4] === 'bfdw@example.org')?.slice(5, 7)).toEqual(['No', 'No']);
  });

  test('a report run e-mails partners only when it asks to share, even with Share reports with partners = Yes', async () => {
    const sheets = smallWorkbook();
    sheets.Settings.push(['Share reports with partners', 'Yes']);
    const runtime = await openWorkbook(sheets, { outDir: tempDir('documents-noshare-') });
    const summary = runtime.run('generateProgressReport', { projectId: 'P-1' }) as Summary;
    expect(summary.documents[0].url).toBeDefined();
    expect(summary.sharing).toBeUndefined();
    expect(runtime.sheetValues('Report sharing')).toBeUndefined();
  });
});

describe('the continuation of a batch from the menu', () => {
  async function cutShort(addon: boolean) {
    const sheets = smallWorkbook(2);
    sheets.Meetings.push(['M-3', 'Meeting 3', '2018-01-03', '', '', '', '', '', '', 'Talk', '', '', '']);
    const runtime = await openWorkbook(sheets, {
      outDir: tempDir('documents-hourly-'),
      prompts: ['all'],
      addon,
    });
    // Each document seems to take two minutes: the menu's 4.5-minute budget stops after two.
    runtime.evaluate('(() => { const real = Date.now; let t = real(); Date.now = () => (t += 60_000); })()');
    runtime.run('generateMinutes');
    const [trigger] = runtime.triggers.triggers;
    expect(trigger.handler).toBe('continueDocumentBatch');
    return {
      delay: (trigger.schedule?.atMs ?? 0) - trigger.createdAt,
      alert: runtime.ui.alerts.at(-1)?.text ?? '',
    };
  }

  test('as an add-on: scheduled an hour on (an add-on may not fire sooner) and the alert says when and why', async () => {
    const { delay, alert } = await cutShort(true);
    expect(delay).toBeGreaterThanOrEqual(60 * 60 * 1000);
    expect(alert).toMatch(
      /more will be made at about \d\d:\d\d \(Apps Script lets an add-on continue once an hour\)/,
    );
  });

  test('bound to the spreadsheet: a minute on (no hourly rule), and the alert says when', async () => {
    const { delay, alert } = await cutShort(false);
    expect(delay).toBe(60 * 1000);
    expect(alert).toMatch(/more will be made at about \d\d:\d\d\. To go on now/);
    expect(alert).not.toMatch(/once an hour/);
  });
});

describe('a long Khmer title', () => {
  test('gives a shortened, unique file name offline (over 255 bytes), never a crash', async () => {
    const sheets = smallWorkbook();
    const long = 'កិច្ចប្រជុំពិគ្រោះយោបល់ស្តីពីការលើកកម្ពស់អភិបាលកិច្ចល្អ'.repeat(5);
    sheets.Meetings[1][1] = long;
    sheets.Meetings.push(['M-2', `${long} ២`, '2018-01-02', '', '', '', '', '', '', '', '', '', '']);
    const outDir = tempDir('documents-long-name-');
    const runtime = await openWorkbook(sheets, { outDir });
    const summary = runtime.run('generateMinutes', { meetingId: 'all' }) as Summary;
    expect(summary.documents.every((d) => d.url)).toBe(true);
    await runtime.flush();
    const files = docxFiles(outDir).filter((f) => /\/M-[12] /.test(f));
    expect(files).toHaveLength(2);
    for (const file of files)
      expect(Buffer.byteLength(file.split('/').pop() as string)).toBeLessThanOrEqual(255);
  });
});

describe('a long Khmer title as PDF', () => {
  const pdfTest = sofficeCommand() ? test : test.skip;
  pdfTest('the PDF sits beside its .docx under the same shortened name', async () => {
    const sheets = smallWorkbook();
    sheets.Meetings[1][1] = 'កិច្ចប្រជុំពិគ្រោះយោបល់ស្តីពីការលើកកម្ពស់អភិបាលកិច្ចល្អ'.repeat(5);
    const outDir = tempDir('documents-long-pdf-');
    const runtime = await openWorkbook(sheets, { outDir });
    const summary = runtime.run('generateMinutes', { meetingId: 'M-1', pdf: true }) as Summary;
    expect(summary.documents[0].problems).toEqual([]);
    await runtime.flush();
    const docx = docxFiles(outDir).find((f) => /\/M-1 /.test(f)) as string;
    const pdf = docx.replace(/\.docx$/, '.pdf');
    expect(fs.existsSync(pdf)).toBe(true);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('objectives with sub-objectives', () => {
  test('"1.1" lines nest under their objective as native list items, in English and Khmer', async () => {
    for (const [objectives, sub, next] of [
      [
        '1. Strengthen CBOs\n1.1 Advocacy plans\n1.2 Membership\n2. To plan 2022',
        'Advocacy plans',
        'To plan 2022',
      ],
      ['១. ពង្រឹងសហគមន៍\n១.១ ផែនការតស៊ូមតិ\n២. ផែនការឆ្នាំ២០២២', 'ផែនការតស៊ូមតិ', 'ផែនការឆ្នាំ២០២២'],
    ]) {
      const sheets = smallWorkbook();
      sheets.Meetings[1][9] = objectives;
      const outDir = tempDir('documents-objectives-');
      const runtime = await openWorkbook(sheets, { outDir });
      const summary = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
      await runtime.flush();
      const doc = await readDocx(docxFiles(outDir).find((f) => /\/M-1 /.test(f)) as string);
      const paragraph = (text: string) =>
        [...doc.xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
          .map((m) => m[0])
          .find((p) => p.includes(`>${text}<`));
      expect(summary.documents[0].problems).toEqual([]);
      expect(paragraph(sub)).toContain('<w:ilvl w:val="1"/>');
      expect(paragraph(next)).toContain('<w:ilvl w:val="0"/>');
      // No typed number is left in the text.
      expect(doc.text).not.toMatch(/(1\.1|១\.១) /);
    }
  });
});

describe('page furniture', () => {
  test('the default template puts the organisation and the title in the header of every page', async () => {
    const outDir = tempDir('documents-header-');
    const runtime = await openWorkbook(smallWorkbook(), { outDir });
    const summary = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    await runtime.flush();
    const file = docxFiles(outDir).find((f) => f.endsWith(`/${summary.documents[0].name}.docx`)) as string;
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const header = (await zip.file(/word\/header\d*\.xml/)[0]?.async('string')) ?? '';
    const texts = [...header.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts.join('')).toBe('Test NGO – Minute of Partnership Meeting on Water');
    expect(header.match(/<w:p[ >]/g)).toHaveLength(1);
  });
});
