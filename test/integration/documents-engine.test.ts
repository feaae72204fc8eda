import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fillDocument } from '../../src/documents/template';
import { CallCounter, Emulator } from '../../src/offline/services/emulation';
import { FakeDocumentApp } from '../../src/offline/services/document';
import { DriveStore, FakeDriveApp, sofficeCommand } from '../../src/offline/services/drive';

/** DocumentApp and DriveApp over one folder, behind the counting proxies. */
function services(outDir: string) {
  const emulator = new Emulator(new CallCounter(), { Date, Error });
  const store = new DriveStore(outDir);
  const documents = emulator.wrap(
    new FakeDocumentApp(store),
  ) as unknown as GoogleAppsScript.Document.DocumentApp;
  const drive = emulator.wrap(
    new FakeDriveApp(store, (v) => emulator.unwrap(v)),
  ) as unknown as GoogleAppsScript.Drive.DriveApp;
  return { store, documents, drive };
}

describe('emulated FakeDocumentApp and DriveApp over a folder', () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'drive-'));

  test('a template copied into a folder, filled, saved as .docx, reopened by id in a later run', async () => {
    const first = services(outDir);
    const template = first.documents.create('Minutes template');
    template.getBody().getChild(0).asParagraph().setText('Minutes of {{Title}}');
    template.getBody().appendListItem('{{Objectives}}');
    template.saveAndClose();
    const folder = first.drive.createFolder('CBO Tracker documents');
    const copy = first.drive.getFileById(template.getId()).makeCopy('M-2017-09 Minutes – ពិធី', folder);
    const doc = first.documents.openById(copy.getId());
    const result = fillDocument(doc, { Title: '$1 ({{x}})', Objectives: 'one\ntwo' });
    expect(result.problems).toEqual([]);
    doc.saveAndClose();
    copy.addViewer('partner@example.org');
    copy.addEditors(['coord@example.org']);
    expect(() => copy.addViewer('not an email')).toThrow('Invalid argument');
    const written = await first.store.flush();
    const docx = path.join(outDir, 'docs', 'CBO Tracker documents', 'M-2017-09 Minutes – ពិធី.docx');
    expect(written).toContain(docx);
    expect(fs.statSync(docx).size).toBeGreaterThan(1000);
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${copy.getId()}/edit`);

    // A later run (new store on the same folder) finds the document, its text and its sharing.
    const second = services(outDir);
    const again = second.documents.openById(copy.getId());
    expect(again.getBody().getText()).toBe('Minutes of $1 ({{x}})\none\ntwo');
    const file = second.drive.getFileById(copy.getId());
    expect(file.getViewers().map((u) => u.getEmail())).toEqual(['partner@example.org']);
    expect(file.getEditors().map((u) => u.getEmail())).toEqual(['coord@example.org']);
    const found = second.drive.getFoldersByName('CBO Tracker documents');
    expect(found.hasNext()).toBe(true);
    expect(found.next().getFilesByName('M-2017-09 Minutes – ពិធី').hasNext()).toBe(true);
    expect(() => second.documents.openById('missing')).toThrow('Document missing is missing');
  });

  (sofficeCommand() ? test : test.skip)(
    'getAs(PDF) + createFile writes a PDF beside the .docx (skipped when soffice is not installed)',
    async () => {
      const { store, documents, drive } = services(outDir);
      const doc = documents.create('Report ២០២០');
      doc.getBody().appendParagraph('ការវិវត្ត progress');
      doc.saveAndClose();
      const file = drive.getFileById(doc.getId());
      const pdf = drive.getRootFolder().createFile(file.getAs('application/pdf'));
      expect(pdf.getName()).toBe('Report ២០២០.pdf');
      const written = await store.flush();
      const target = path.join(outDir, 'docs', 'Report ២០២០.pdf');
      expect(written).toContain(target);
      expect(fs.readFileSync(target).subarray(0, 4).toString()).toBe('%PDF');
    },
  );
});
