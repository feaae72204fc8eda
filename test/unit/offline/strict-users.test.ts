/**
 * Conformance of users and protections: a run is made as any editor; protections are enforced for
 * the running user (src/offline/services/limits.ts cites the Protection reference).
 */
import { openScript, tempDir } from '../../support/runtime';

const OWNER = 'owner@example.org';
const STAFF = 'staff@example.org';
const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

const SCRIPT = `
function sheet() { return SpreadsheetApp.getActive().getSheetByName('Sheet1'); }
function protectHeader(warningOnly) {
  var p = sheet().getRange('A1:C1').protect().setDescription('header');
  p.removeEditors(p.getEditors());
  if (warningOnly) p.setWarningOnly(true);
  return p.getEditors().map(function (u) { return u.getEmail(); });
}
function protectSheet() {
  var p = sheet().protect().setDescription('whole');
  p.removeEditors(p.getEditors());
  p.setUnprotectedRanges([sheet().getRange('A2:C10')]);
}
function write(a1) { sheet().getRange(a1).setValue('x'); }
function canEdit() {
  return SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .concat(SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.SHEET))
    .map(function (p) { return p.canEdit(); });
}
function describe() {
  SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.RANGE)[0].setDescription('mine');
}
function removeAll() {
  SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.RANGE).forEach(function (p) { p.remove(); });
}
function editors() {
  return SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.RANGE)[0].getEditors().length;
}
function rename() { sheet().setName('Renamed'); }
function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }
`;

async function shared() {
  const runtime = await openScript(SCRIPT, { ownerEmail: OWNER });
  runtime.actAs(STAFF);
  runtime.actAs(OWNER);
  return runtime;
}

test('a new protection has the spreadsheet’s editors; the owner cannot be removed', async () => {
  const runtime = await shared();
  expect(runtime.run('protectHeader', false)).toEqual([OWNER]);
});

test('a write into a cell protected against the running user throws; below it does not', async () => {
  const runtime = await shared();
  runtime.run('protectHeader', false);
  runtime.actAs(STAFF);
  expect(() => runtime.run('write', 'B1')).toThrow(PROTECTED);
  expect(() => runtime.run('write', 'B2')).not.toThrow();
  runtime.actAs(OWNER);
  expect(() => runtime.run('write', 'B1')).not.toThrow();
});

test('canEdit() tells the truth for each user', async () => {
  const runtime = await shared();
  runtime.run('protectHeader', false);
  expect(runtime.run('canEdit')).toEqual([true]);
  runtime.actAs(STAFF);
  expect(runtime.run('canEdit')).toEqual([false]);
});

test('only the owner or a protection’s editors may change or remove it', async () => {
  const runtime = await shared();
  runtime.run('protectHeader', false);
  runtime.actAs(STAFF);
  expect(() => runtime.run('describe')).toThrow(PROTECTED);
  expect(() => runtime.run('removeAll')).toThrow(PROTECTED);
  expect(() => runtime.run('editors')).toThrow(PROTECTED);
  runtime.actAs(OWNER);
  runtime.run('removeAll');
  runtime.actAs(STAFF);
  expect(() => runtime.run('write', 'B1')).not.toThrow();
});

test('warning-only protections do not stop scripts', async () => {
  const runtime = await shared();
  runtime.run('protectHeader', true);
  runtime.actAs(STAFF);
  expect(() => runtime.run('write', 'A1')).not.toThrow();
});

test('a protected sheet: its unprotected ranges stay open, the rest and its structure are refused', async () => {
  const runtime = await shared();
  runtime.run('protectSheet');
  runtime.actAs(STAFF);
  expect(() => runtime.run('write', 'B5')).not.toThrow();
  expect(() => runtime.run('write', 'B11')).toThrow(PROTECTED);
  expect(() => runtime.run('rename')).toThrow(PROTECTED);
});

test('Session: the active user’s address is withheld except for the owner; the effective user is the runner', async () => {
  const runtime = await shared();
  expect(runtime.run('who')).toEqual([OWNER, OWNER]);
  runtime.actAs(STAFF);
  expect(runtime.run('who')).toEqual(['', STAFF]);
  const addon = await openScript(SCRIPT, { ownerEmail: OWNER, addon: true });
  expect(addon.run('who')).toEqual(['', OWNER]);
});

test('a protected header range does not stop changes to the sheet itself (freezing rows)', async () => {
  const runtime = await shared();
  runtime.run('protectHeader', false);
  runtime.actAs(STAFF);
  expect(() => runtime.evaluate('sheet().setFrozenRows(1)')).not.toThrow();
  expect(() => runtime.run('rename')).not.toThrow();
});

test('a spreadsheet made by one user opens for another only once shared (SpreadsheetApp and the Sheets API)', async () => {
  const runtime = await openScript(
    `function make() { return SpreadsheetApp.create('Copy').getId(); }
     function share(id, email) { SpreadsheetApp.openById(id).addEditor(email); }
     function open(id) { return SpreadsheetApp.openById(id).getName(); }
     function api(id) { return Sheets.Spreadsheets.get(id, { fields: 'properties(title)' }).properties.title; }`,
    { ownerEmail: OWNER },
  );
  const id = runtime.run('make') as string;
  runtime.actAs(STAFF);
  expect(() => runtime.run('open', id)).toThrow(
    'You do not have permission to access the requested document.',
  );
  expect(() => runtime.run('api', id)).toThrow(
    'API call to sheets.spreadsheets.get failed with error: The caller does not have permission',
  );
  runtime.actAs(OWNER);
  runtime.run('share', id, STAFF);
  runtime.actAs(STAFF);
  expect(runtime.run('open', id)).toBe('Copy');
  expect(runtime.run('api', id)).toBe('Copy');
});

const DOCUMENT_SCRIPT = `
function makeReport(viewer) {
  var doc = DocumentApp.create('Report');
  doc.getBody().appendParagraph('Written by the owner');
  doc.addViewer(viewer);
  doc.saveAndClose();
  return doc.getId();
}
function readReport(id) { return DocumentApp.openById(id).getBody().getText(); }
function changeReport(id, how) {
  var doc = DocumentApp.openById(id);
  var body = doc.getBody();
  if (how === 'append') body.appendParagraph('changed by a viewer');
  if (how === 'text') body.getParagraphs()[1].editAsText().setBold(true);
  if (how === 'replace') body.replaceText('owner', 'viewer');
  if (how === 'rename') doc.setName('Renamed');
  if (how === 'copy') body.getParagraphs()[1].copy().setText('a detached copy is the script’s own');
  return 'no error';
}
`;

test('a viewer of a document reads it; its first change throws "Access denied: DocumentApp" and nothing is dropped silently', async () => {
  const runtime = await openScript(DOCUMENT_SCRIPT, { ownerEmail: OWNER, outDir: tempDir('viewer-doc-') });
  const id = runtime.run('makeReport', 'viewer@example.org') as string;
  runtime.actAs('viewer@example.org');
  expect(runtime.run('readReport', id)).toBe('\nWritten by the owner');
  for (const how of ['append', 'text', 'replace', 'rename'])
    expect(() => runtime.run('changeReport', id, how)).toThrow('Access denied: DocumentApp');
  // A copy that is not in the document is the script's to change.
  expect(runtime.run('changeReport', id, 'copy')).toBe('no error');
  runtime.actAs(OWNER);
  expect(runtime.run('readReport', id)).toBe('\nWritten by the owner');
  expect(runtime.run('changeReport', id, 'append')).toBe('no error');
});
