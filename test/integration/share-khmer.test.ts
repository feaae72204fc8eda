/**
 * Sharing a report from a Khmer workbook when Drive or Gmail says no: the problem on the Partners
 * row and the Report sharing log say why in Khmer (the tool's own fallbacks, documents/drive.ts and
 * sharing/reports/share.ts, are catalogue messages); an English workbook reads as before.
 */
import { openWorkbook, tempDir } from '../support/runtime';
import { smallWorkbook } from './documents-support';

interface Summary {
  problems: { sheet: string; column: string | null; value?: string; message: string; i18n?: unknown }[];
}

// The report is a colleague's for Drive (drive.file: "File not found") and DocumentApp cannot open
// it either, for dca@; Gmail's daily quota is used up for everyone else.
const REFUSING = `(() => {
  const drive = Drive, permissions = Drive.Permissions, documents = DocumentApp, mail = MailApp;
  let sharing = false;
  const create = (resource, id, args) => {
    sharing = true;
    if (resource.emailAddress === 'dca@example.org') throw new Error('File not found: ' + id);
    return permissions.create(resource, id, args);
  };
  globalThis.Drive = new Proxy({}, { get: (_, k) => k === 'Permissions' ? new Proxy({}, { get: (_, m) => m === 'create' ? create : permissions[m] }) : drive[k] });
  globalThis.DocumentApp = new Proxy({}, { get: (_, k) => k === 'openById' ? (id) => { if (sharing) throw new Error('No item with the given ID could be found'); return documents.openById(id); } : documents[k] });
  globalThis.MailApp = new Proxy({}, { get: (_, k) => k === 'getRemainingDailyQuota' ? () => 0 : mail[k] });
})()`;

async function share(language: string) {
  const sheets = smallWorkbook();
  sheets.Settings.push(['Language', language]);
  const runtime = await openWorkbook(sheets, { outDir: tempDir(`share-${language}-`) });
  runtime.evaluate(REFUSING);
  const summary = runtime.run('generateProgressReport', { projectId: 'P-1', share: true }) as Summary;
  const log = runtime.sheetValues('Report sharing') as unknown[][];
  const problem = (email: string) =>
    summary.problems.find((p) => p.sheet === 'Partners' && p.value === email)?.message;
  const row = (email: string) => log.find((r) => r[4] === email);
  return { problem, row };
}

describe('sharing a report when Drive or Gmail refuses', () => {
  test('Khmer workbook: the reasons are Khmer', async () => {
    const { problem, row } = await share('km');
    const colleague =
      'មិនបានផ្តល់សិទ្ធិ (សូមចែករំលែករបាយការណ៍ជាមួយអាសយដ្ឋាននេះដោយដៃ)៖ របាយការណ៍នេះជារបស់សហការី ហើយមិនបានចែករំលែកជាមួយអ្នកទេ៖ សូមស្នើអ្នកបង្កើតវាឱ្យចែករំលែកជាមួយអ្នកជាអ្នកកែសម្រួល ឬឱ្យគាត់ចែករំលែកវាជាមួយដៃគូដោយខ្លួនឯង';
    expect(row('dca@example.org')?.slice(5)).toEqual(['ទេ', 'ទេ', colleague]);
    expect(row('bfdw@example.org')?.slice(5)).toEqual(['មើល', 'ទេ', 'មិនបានផ្ញើអ៊ីមែល៖ ចំនួនអ៊ីមែលប្រចាំថ្ងៃបានអស់ហើយ']);
    // The problem keeps its English text for the English reader and its catalogue message for Khmer.
    expect(problem('dca@example.org')).toMatch(/^access not given .*: this report is a colleague’s/);
  });

  test('English workbook: as before', async () => {
    const { row } = await share('en');
    expect(row('dca@example.org')?.slice(5)).toEqual([
      'No',
      'No',
      'access not given (share the report with this address by hand): this report is a colleague’s and is not shared with you: ask the person who made it to share it with you as an editor, or to share it with partners themselves',
    ]);
    expect(row('bfdw@example.org')?.slice(5)).toEqual([
      'View',
      'No',
      'e-mail not sent: daily e-mail quota used up',
    ]);
  });
});
