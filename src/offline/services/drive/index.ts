/** Emulated DriveApp, advanced Drive and DocumentApp over one folder, and the factories the runtime registers. */
import type { ServiceContext } from '../registry';
import { FakeDocumentApp } from '../document/document';
import { FakeAdvancedDrive } from './advanced';
import { FakeDriveApp } from './drive-app';
import { DriveStore } from './store';
import type { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import type { FakeSpreadsheetApp } from '../spreadsheet/spreadsheet-app';

export {
  FakeDriveApp,
  FakeFile,
  FakeFolder,
  FakeFileIterator,
  FakeFolderIterator,
  Access,
  Permission,
} from './drive-app';
export { DriveStore, PendingPdfBlob, convertToPdf, sofficeCommand } from './store';
export { FakeAdvancedDrive, FakeDriveFiles, FakeDrivePermissions } from './advanced';

const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive';

/** One store per runtime (keyed by its host), shared by DriveApp, the Drive advanced service and DocumentApp. */
const stores = new WeakMap<object, DriveStore>();
export function driveStoreFor(context: ServiceContext): DriveStore {
  let store = stores.get(context.host);
  if (!store) {
    store = new DriveStore(context.outDir, {
      user: () => context.host.userEmail,
      // Without oauthScopes in the manifest, Apps Script asks for the full drive scope for DriveApp.
      fullDrive: () => {
        const scopes = context.scopes?.();
        return !scopes || scopes.includes(DRIVE_SCOPE);
      },
      carryFrom: context.inputDir,
      inputDir: context.inputDir,
      warn: (text, title = 'Word template') => context.host.ui.record({ kind: 'log', title, text }),
    });
    stores.set(context.host, store);
  }
  return store;
}

/** The store of the runtime's DocumentApp (which a benchmark or test may replace), else the runtime's. */
function documentStoreOf(context: ServiceContext): DriveStore {
  const documents = context.service('DocumentApp') as { _store?: unknown } | undefined;
  return documents?._store instanceof DriveStore ? documents._store : driveStoreFor(context);
}

export const documentServices = {
  DocumentApp: (context: ServiceContext) => {
    const store = driveStoreFor(context);
    context.emulator.guards.push((name, target) => store.guardChange(name, target));
    return new FakeDocumentApp(store);
  },
  DriveApp: (context: ServiceContext) =>
    new FakeDriveApp(driveStoreFor(context), (v) => context.emulator.unwrap(v)),
  // The advanced Drive service (v3), as enabled in appsscript.json, over DocumentApp's store; its collections are counted too.
  Drive: (context: ServiceContext) =>
    new FakeAdvancedDrive(
      () => documentStoreOf(context),
      (v) => context.emulator.unwrap(v),
      (v) => context.emulator.wrap(v),
      (id) => spreadsheetOf(context, id),
      () => (context.service('SpreadsheetApp') as FakeSpreadsheetApp | undefined)?._all() ?? [],
    ),
};

/** A spreadsheet of SpreadsheetApp's the running user may open (Drive knows spreadsheets as files). */
function spreadsheetOf(context: ServiceContext, id: string): FakeSpreadsheet | undefined {
  const app = context.service('SpreadsheetApp') as FakeSpreadsheetApp | undefined;
  try {
    return app?.openById(id);
  } catch {
    return undefined;
  }
}
