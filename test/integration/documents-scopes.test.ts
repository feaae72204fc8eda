/**
 * Least privilege: the bundle uses DocumentApp and the advanced Drive service only (scopes
 * `documents` + `drive.file`), never DriveApp. Through build/Code.js in the offline runtime,
 * whose Drive stand-in hides what the user made by hand, as drive.file does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sofficeCommand, type DriveStore, type FakeDriveApp } from '../../src/offline/services/drive';
import { ROOT_ID } from '../../src/offline/services/drive/store';
import { REPO_ROOT } from '../../src/offline/runtime';
import {
  ensureBuild,
  CODE_PATH,
  openWorkbook,
  sheetValues,
  tempDir,
  type OfflineRuntime,
} from '../support/runtime';
import { smallWorkbook } from './documents-support';
import type { Problem } from '../../src/workbook/problem';
import type { Cell } from '../../src/workbook/values';

interface Summary {
  documents: { id: string; url?: string; documentId?: string; pdfUrl?: string; problems: Problem[] }[];
}

function storeOf(runtime: OfflineRuntime): DriveStore {
  return (runtime.service<FakeDriveApp>('DriveApp') as FakeDriveApp)._store;
}

function withSettings(rows: Cell[][]) {
  const sheets = smallWorkbook(4);
  sheets.Settings = [...sheets.Settings, ...rows];
  return sheets;
}

describe('scopes: documents + drive.file, no DriveApp', () => {
  test('build/Code.js never calls DriveApp and the manifest asks for drive.file, not drive', () => {
    ensureBuild();
    const code = fs.readFileSync(CODE_PATH, 'utf8');
    expect(code).not.toMatch(/\bDriveApp\./);
    expect(code).toMatch(/\.Files\.create\(/);
    expect(code).toMatch(/\.Permissions\.create\(/);
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'appsscript.json'), 'utf8'));
    const scopes: string[] = manifest.oauthScopes;
    expect(scopes).toContain('https://www.googleapis.com/auth/documents');
    expect(scopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(scopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(scopes).not.toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.dependencies.enabledAdvancedServices).toEqual(
      expect.arrayContaining([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }]),
    );
  });

  test('output folder by name: made once, in it the minutes and the default template; no calls to DriveApp', async () => {
    const runtime = await openWorkbook(withSettings([['Output folder', 'Coordination – minutes']]), {
      outDir: tempDir('documents-scopes-'),
    });
    const first = runtime.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    const second = runtime.run('generateMinutes', { meetingId: 'M-2' }) as Summary;
    expect([...first.documents, ...second.documents].flatMap((d) => d.problems)).toEqual([]);
    const store = storeOf(runtime);
    const folders = store.folders.filter((f) => f.name === 'Coordination – minutes');
    expect(folders).toHaveLength(1);
    const inFolder = store.files.filter((f) => f.folderId === folders[0].id).map((f) => f.name);
    expect(inFolder).toEqual([
      'CBO Tracker – Minutes template',
      expect.stringMatching(/^M-1 Minutes/),
      expect.stringMatching(/^M-2 Minutes/),
    ]);
    const byMethod = Object.keys(runtime.calls.byMethod());
    expect(byMethod.filter((name) => name.startsWith('DriveApp') || /^(File|Folder)\./.test(name))).toEqual(
      [],
    );
    expect(byMethod).toEqual(expect.arrayContaining(['Drive.Files.create', 'Drive.Files.list']));
  });

  test('a folder made by hand is invisible: said in Settings, and the default folder is used', async () => {
    const outDir = tempDir('documents-scopes-');
    const runtime = await openWorkbook(smallWorkbook(4), { outDir });
    // The Drive stand-in is a folder on disk: a later runtime over the same OUT sees this folder too.
    const mine = storeOf(runtime).addFolder('Made by hand', ROOT_ID, true);
    const sheets = withSettings([['Output folder', `https://drive.google.com/drive/folders/${mine.id}`]]);
    const again = await openWorkbook(sheets, { outDir });
    expect(storeOf(again).folder(mine.id)?.byHand).toBe(true);
    const summary = again.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    const problems = summary.documents[0].problems;
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Settings',
        row: 4,
        column: 'Value',
        message: expect.stringContaining('can only use folders it made itself'),
      }),
    ]);
    const doc = storeOf(again).file(summary.documents[0].documentId as string);
    expect(storeOf(again).folder(doc?.folderId as string)?.name).toBe('CBO Tracker documents');
    expect(storeOf(again).files.some((f) => f.folderId === mine.id)).toBe(false);
  });

  test('a template the user made (with a header) is filled through DocumentApp alone', async () => {
    const outDir = tempDir('documents-scopes-');
    const runtime = await openWorkbook(smallWorkbook(4), { outDir });
    const store = storeOf(runtime);
    const template = store.createDocument('My minutes template');
    template.getBody().getChild(0).asParagraph().setText('Minutes: {{Title}}');
    template.addHeader().getChild(0).asParagraph().setText('{{Organisation}} – {{Meeting ID}}');
    template.saveAndClose();
    (store.file(template._id) as { byHand?: boolean }).byHand = true;
    store.persist();
    const again = await openWorkbook(withSettings([['Minutes template', template._id]]), { outDir });
    const summary = again.run('generateMinutes', { meetingId: 'M-1' }) as Summary;
    expect(summary.documents[0].problems).toEqual([]);
    const doc = storeOf(again).openDocument(summary.documents[0].documentId as string);
    expect(doc?.getBody().getText()).toMatch(/^Minutes: \S/);
    expect(doc?.getHeader()?.getText()).toBe('Test NGO – M-1');
    // The Settings template was used: no default template made.
    expect(storeOf(again).files.map((f) => f.name)).not.toContain('CBO Tracker – Minutes template');
    expect(sheetValues(again, 'Settings').some((row) => row[1] === template._id)).toBe(true);
  });

  const pdfTest = sofficeCommand() ? test : test.skip;
  pdfTest(
    'PDF beside the minutes: Document.getAs saved by Drive.Files.create; a second run replaces it',
    async () => {
      const outDir = tempDir('documents-scopes-');
      const runtime = await openWorkbook(smallWorkbook(4), { outDir });
      const first = runtime.run('generateMinutes', { meetingId: 'M-1', pdf: true }) as Summary;
      expect(first.documents[0].pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/\w+\/view$/);
      const second = runtime.run('generateMinutes', { meetingId: 'M-1', pdf: true }) as Summary;
      expect(second.documents[0].pdfUrl).not.toBe(first.documents[0].pdfUrl);
      const pdfs = storeOf(runtime).files.filter((f) => f.mimeType === 'application/pdf');
      expect(pdfs.map((f) => f.trashed)).toEqual([true, false]);
      expect(runtime.calls.count('Document.getAs')).toBe(2);
      const written = await runtime.flush();
      const pdf = written.find((f) => f.endsWith('.pdf')) as string;
      expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    },
  );
});
