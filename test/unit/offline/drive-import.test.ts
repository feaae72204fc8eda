/** Drive.Files.create converting a Word file into a Google Doc, with Utilities.zip making the Word file. */
import * as docx from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { FakeAdvancedDrive, DriveStore } from '../../../src/offline/services/drive';
import { DOCX, GOOGLE_DOC } from '../../../src/offline/services/drive/store';
import { FakeBlob, FakeUtilities } from '../../../src/offline/services/utilities';
import { tempDir } from '../../support/runtime';

async function word(text: string): Promise<Buffer> {
  return docx.Packer.toBuffer(new docx.Document({ sections: [{ children: [new docx.Paragraph(text)] }] }));
}

test('a .docx uploaded as a Google Doc is converted into a Doc DocumentApp opens', async () => {
  const store = new DriveStore(tempDir('drive-import-'));
  const drive = new FakeAdvancedDrive(store);
  const blob = new FakeBlob(await word('Minutes of {{Title}}'), DOCX, 'template.docx');
  const file = drive.Files.create({ name: 'Minutes template', mimeType: GOOGLE_DOC }, blob, {
    fields: 'id,mimeType',
  });
  expect(file.mimeType).toBe(GOOGLE_DOC);
  expect(
    store
      .openDocument(file.id as string)
      ?.getBody()
      .getText(),
  ).toBe('Minutes of {{Title}}');
});

test('the media must say it is a Word file, and be one', async () => {
  const store = new DriveStore(tempDir('drive-import-'));
  const drive = new FakeAdvancedDrive(store);
  const zip = new FakeBlob(await word('x'), 'application/zip', 'x.zip');
  expect(() => drive.Files.create({ name: 'T', mimeType: GOOGLE_DOC }, zip)).toThrow(
    /not emulated.*application\/zip/,
  );
  const broken = new FakeBlob(Buffer.from('not a zip'), DOCX, 'x.docx');
  expect(() => drive.Files.create({ name: 'T', mimeType: GOOGLE_DOC }, broken)).toThrow(
    /could not be converted.*not a zip/,
  );
  expect(store.files).toEqual([]);
});

test('Utilities.zip keeps paths in blob names and refuses unnamed or repeated blobs', () => {
  const utilities = new FakeUtilities();
  const zip = utilities.zip(
    [
      utilities.newBlob('<a/>', 'application/xml', 'word/document.xml'),
      utilities.newBlob('x', 'text/plain', '[Content_Types].xml'),
    ],
    'doc.zip',
  );
  expect(zip.getContentType()).toBe('application/zip');
  const files = unzipSync(zip._data);
  expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', 'word/document.xml']);
  expect(strFromU8(files['word/document.xml'])).toBe('<a/>');
  expect(() => utilities.zip([utilities.newBlob('x')])).toThrow(/needs a name/);
  const twice = utilities.newBlob('x', 'text/plain', 'a.xml');
  expect(() => utilities.zip([twice, twice.copyBlob()])).toThrow(/two blobs are named a.xml/);
});
