/** The emulated advanced Drive service (v3) over the DriveStore that DriveApp and DocumentApp share. */
import { FakeAdvancedDrive, FakeDriveApp, DriveStore } from '../../../src/offline/services/drive';
import { FakeDocumentApp } from '../../../src/offline/services/document/document';
import { FOLDER, GOOGLE_DOC, ROOT_ID } from '../../../src/offline/services/drive/store';
import { tempDir } from '../../support/runtime';

function setUp() {
  const store = new DriveStore(tempDir('drive-advanced-'));
  return { store, drive: new FakeAdvancedDrive(store), driveApp: new FakeDriveApp(store) };
}

describe('emulated Drive.Files', () => {
  test("resources carry Drive's default fields unless asked: trashed and parents must be requested", () => {
    const { drive } = setUp();
    const folder = drive.Files.create({ name: 'Out', mimeType: FOLDER });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const doc = drive.Files.create({ name: 'Minutes', mimeType: GOOGLE_DOC, parents: [folder.id] });
    expect(drive.Files.get(doc.id as string)).not.toHaveProperty('trashed');
    expect(drive.Files.get(doc.id as string, { fields: 'id,trashed,parents' })).toEqual({
      id: doc.id,
      trashed: false,
      parents: [folder.id],
    });
  });

  test('list: name with quotes and "and", mimeType, trashed and parents clauses', () => {
    const { drive } = setUp();
    const folder = drive.Files.create({ name: 'Out', mimeType: FOLDER });
    const name = "Partners' minutes and notes \\ 2017";
    const doc = drive.Files.create({ name, mimeType: GOOGLE_DOC, parents: [folder.id] });
    drive.Files.create({ name, mimeType: GOOGLE_DOC }); // same name, other folder
    const q = (extra: string) =>
      `name = 'Partners\\' minutes and notes \\\\ 2017' and mimeType = '${GOOGLE_DOC}' and trashed = false${extra}`;
    expect(drive.Files.list({ q: q(''), fields: 'files(id)' }).files).toHaveLength(2);
    expect(drive.Files.list({ q: q(` and '${folder.id}' in parents`), fields: 'files(id)' }).files).toEqual([
      { id: doc.id },
    ]);
    drive.Files.update({ trashed: true }, doc.id as string);
    expect(drive.Files.list({ q: q(` and '${folder.id}' in parents`) }).files).toEqual([]);
    expect(() => drive.Files.list({ q: "fullText contains 'x'" })).toThrow(/not emulated/);
  });

  test('drive.file: what the user made by hand is not found, by DriveApp neither; with the full drive scope DriveApp sees it', () => {
    const { store, drive, driveApp } = setUp();
    const mine = store.addFolder('Made by hand', ROOT_ID, true);
    expect(() => drive.Files.get(mine.id)).toThrow(`File not found: ${mine.id}.`);
    expect(drive.Files.list({ q: "name = 'Made by hand'" }).files).toEqual([]);
    expect(() => drive.Files.create({ name: 'x', mimeType: GOOGLE_DOC, parents: [mine.id] })).toThrow(
      /File not found/,
    );
    expect(() => driveApp.getFolderById(mine.id)).toThrow(/No item with the given ID could be found/);
    const full = new FakeDriveApp(
      new DriveStore(store.root.replace(/\/docs$/, ''), { fullDrive: () => true }),
    );
    expect(full.getFolderById(mine.id).getName()).toBe('Made by hand');
  });

  test('update moves with addParents/removeParents and renames; copy keeps the document', () => {
    const { store, drive } = setUp();
    const folder = drive.Files.create({ name: 'Out', mimeType: FOLDER });
    const doc = store.createDocument('Template');
    doc.getBody().getChild(0).asParagraph().setText('{{Title}}');
    doc.saveAndClose();
    expect(() =>
      drive.Files.update({}, doc._id, null, { addParents: folder.id, removeParents: 'x' }),
    ).toThrow(/not emulated/);
    drive.Files.update({ name: 'Template 2' }, doc._id, null, {
      addParents: folder.id,
      removeParents: ROOT_ID,
    });
    expect(store.file(doc._id)).toEqual(expect.objectContaining({ name: 'Template 2', folderId: folder.id }));
    const copy = drive.Files.copy({ name: 'M-1 Minutes' }, doc._id, { fields: 'id,parents' });
    expect(copy.parents).toEqual([folder.id]);
    expect(
      store
        .openDocument(copy.id as string)
        ?.getBody()
        .getText(),
    ).toBe('{{Title}}');
  });
});

describe('emulated Drive.Permissions', () => {
  test('a reader is recorded as a viewer of the file (as DriveApp shows it); a bad address is refused', () => {
    const { drive, driveApp } = setUp();
    const doc = drive.Files.create({ name: 'Report', mimeType: GOOGLE_DOC });
    const id = doc.id as string;
    drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: 'dca@example.org' }, id, {
      sendNotificationEmail: false,
    });
    drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: 'dca@example.org' }, id);
    expect(
      driveApp
        .getFileById(id)
        .getViewers()
        .map((u) => u.getEmail()),
    ).toEqual(['dca@example.org']);
    expect(() =>
      drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: 'not an address' }, id),
    ).toThrow(/Invalid sharing request/);
    expect(drive.Permissions.list(id).permissions).toEqual([expect.objectContaining({ role: 'reader' })]);
  });
});

/** One Drive, two users: the store asks who runs the script. */
function twoUsers() {
  let user = 'owner@example.org';
  const store = new DriveStore(tempDir('drive-users-'), { user: () => user });
  const drive = new FakeAdvancedDrive(store);
  const documents = new FakeDocumentApp(store);
  return {
    store,
    drive,
    documents,
    driveApp: new FakeDriveApp(store),
    as: (email: string) => (user = email),
  };
}

describe('drive.file is per user', () => {
  test('what the add-on made for one user is not found for another, even shared with them; DocumentApp opens it once shared', () => {
    const { drive, documents, driveApp, as } = twoUsers();
    const folder = drive.Files.create({ name: 'CBO Tracker documents', mimeType: FOLDER });
    const doc = drive.Files.create({ name: 'M-1 Minutes', mimeType: GOOGLE_DOC, parents: [folder.id] });
    const id = doc.id as string;
    as('staff@example.org');
    expect(() => drive.Files.get(id)).toThrow(
      `API call to drive.files.get failed with error: File not found: ${id}.`,
    );
    expect(drive.Files.list({ q: "name = 'CBO Tracker documents'" }).files).toEqual([]);
    expect(() => driveApp.getFileById(id)).toThrow(/No item with the given ID could be found/);
    expect(() => documents.openById(id)).toThrow(
      `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
    );
    // The owner shares the folder: its documents open with DocumentApp (inherited), Drive still does not list them.
    as('owner@example.org');
    drive.Permissions.create(
      { role: 'writer', type: 'user', emailAddress: 'staff@example.org' },
      folder.id as string,
    );
    as('staff@example.org');
    expect(documents.openById(id).getName()).toBe('M-1 Minutes');
    expect(() => drive.Files.get(id)).toThrow(/File not found/);
    expect(() => drive.Files.create({ name: 'x', mimeType: GOOGLE_DOC, parents: [folder.id] })).toThrow(
      /File not found/,
    );
    // What the staff member makes is theirs: the owner's script does not see it.
    const theirs = drive.Files.create({ name: 'CBO Tracker documents', mimeType: FOLDER });
    expect(drive.Files.list({ q: "name = 'CBO Tracker documents'", fields: 'files(id)' }).files).toEqual([
      { id: theirs.id },
    ]);
    as('owner@example.org');
    expect(drive.Files.list({ q: "name = 'CBO Tracker documents'", fields: 'files(id)' }).files).toEqual([
      { id: folder.id },
    ]);
  });

  test('a viewer opens a document but may not save it; may not rename, trash or share what they can see', () => {
    const { store, drive, documents, driveApp, as } = twoUsers();
    const doc = drive.Files.create({ name: 'Report', mimeType: GOOGLE_DOC });
    const id = doc.id as string;
    drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: 'viewer@example.org' }, id);
    // The add-on holds drive.file access for the viewer too (as if they had opened it with the app).
    store.file(id)?.appUsers?.push('viewer@example.org');
    as('viewer@example.org');
    const opened = documents.openById(id);
    opened.getBody().appendParagraph('changed by a viewer');
    expect(() => opened.saveAndClose()).toThrow('Access denied: DocumentApp');
    expect(() => drive.Files.update({ name: 'Renamed' }, id)).toThrow(
      `The user does not have sufficient permissions for file ${id}.`,
    );
    expect(() =>
      drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: 'x@example.org' }, id),
    ).toThrow(/sufficient permissions/);
    expect(() => driveApp.getFileById(id).setTrashed(true)).toThrow('Access denied: DriveApp');
    expect(store.file(id)).toMatchObject({ name: 'Report', trashed: false });
  });

  test('a Drive index written before owners were kept stays usable by everyone', () => {
    const dir = tempDir('drive-legacy-');
    const old = new DriveStore(dir);
    const doc = old.createDocument('Old minutes');
    old.persist();
    const store = new DriveStore(dir, { user: () => 'staff@example.org' });
    expect(new FakeAdvancedDrive(store).Files.get(doc._id).name).toBe('Old minutes');
    expect(new FakeDocumentApp(store).openById(doc._id).getName()).toBe('Old minutes');
  });
});
