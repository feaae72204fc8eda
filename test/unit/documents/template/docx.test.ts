import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// jszip comes with exceljs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip');
import { fillDocument } from '../../../../src/documents/template';
import { FakeDocumentApp, type FakeDocument } from '../../../../src/offline/services/document';
import { renderDocx, KHMER_FONT } from '../../../../src/offline/services/document/docx';

function sampleDocument(): FakeDocument {
  const app = new FakeDocumentApp();
  const doc = app.create('Minutes');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('{{Title}}').setHeading('TITLE').setAlignment('CENTER');
  body.appendParagraph('Objectives').setHeading('HEADING1');
  body.appendListItem('{{Objectives}}').setGlyphType('NUMBER');
  body.appendParagraph('Facilitated by: {{By}}').editAsText().setBold(0, 14, true);
  const table = body.appendTable([
    ['Theme', 'Group 1'],
    ['{{#Themes}}{{Theme}}', '{{Answer}}{{/Themes}}'],
  ]);
  table.getCell(0, 0).setBackgroundColor('#d9e2f3');
  table.setColumnWidth(0, 150).setColumnWidth(1, 300);
  doc.addFooter().appendParagraph('Page footer {{Title}}');
  fillDocument(doc as unknown as GoogleAppsScript.Document.Document, {
    Title: 'កិច្ចប្រជុំដៃគូ Partnership Meeting',
    Objectives: ['ចែករំលែកលទ្ធផល', 'Agree on next steps'],
    By: 'Mr. Soeung Saroeun',
    Themes: [
      { Theme: 'Land', Answer: 'ដីធ្លី $1,200 (USD)' },
      { Theme: 'Water', Answer: 'Wells\nPonds' },
    ],
  });
  return doc;
}

describe('.docx rendering of an emulated document', () => {
  test('document.xml holds the text, heading styles, numbering, the table and the Khmer cs font', async () => {
    const buffer = await renderDocx(sampleDocument());
    const zip = await JSZip.loadAsync(buffer);
    const xml: string = await zip.file('word/document.xml').async('string');
    expect(xml).toContain('កិច្ចប្រជុំដៃគូ Partnership Meeting');
    expect(xml).toContain('ដីធ្លី $1,200 (USD)');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain(`w:cs="${KHMER_FONT}"`);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('w:fill="d9e2f3"');
    expect(xml).toContain('<w:numPr>');
    // "Wells\nPonds" alone in a cell paragraph became two paragraphs.
    expect(xml).toMatch(/Wells<\/w:t><\/w:r><\/w:p><w:p>.*?Ponds/);
    const numbering: string = await zip.file('word/numbering.xml').async('string');
    expect(numbering).toContain('w:val="decimal"');
    const styles: string = await zip.file('word/styles.xml').async('string');
    expect(styles).toContain(`w:cs="${KHMER_FONT}"`);
    const footers = Object.keys(zip.files).filter((name) => name.startsWith('word/footer'));
    expect(footers.length).toBe(1);
  });

  const soffice = ['soffice', 'libreoffice'].find((cmd) => {
    try {
      execFileSync('which', [cmd], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  (soffice ? test : test.skip)(
    'converts to PDF with LibreOffice (skipped when soffice is not installed)',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-'));
      const file = path.join(dir, 'minutes.docx');
      fs.writeFileSync(file, await renderDocx(sampleDocument()));
      execFileSync(soffice as string, ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
        stdio: 'ignore',
      });
      expect(fs.statSync(path.join(dir, 'minutes.pdf')).size).toBeGreaterThan(1000);
      if (process.env.KEEP_DOCX) fs.copyFileSync(path.join(dir, 'minutes.pdf'), process.env.KEEP_DOCX);
    },
  );
});
