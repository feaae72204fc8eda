/**
 * The global services the runtime puts in the vm context, and the table of emulated methods.
 * To add a service (DocumentApp, DriveApp, ...): write its fake classes (static gasClass,
 * public methods = emulated methods), then add one line to EXTRA_SERVICES and its classes to
 * EXTRA_CLASSES, or pass `services` in the runtime options / call runtime.registerService.
 */
import type { Emulator, FakeClass } from './emulation';
import type { Host } from './host';
import { FakeCache, FakeCacheService } from './cache';
import { FakeLock, FakeLockService } from './lock';
import { FakeMailApp, mailService } from './mail';
import { FakeProperties, FakePropertiesService } from './properties';
import {
  FakeClockTriggerBuilder,
  FakeScriptApp,
  FakeSpreadsheetTriggerBuilder,
  FakeTrigger,
  FakeTriggerBuilder,
  TriggerStore,
} from './script/script-app';
import { HTML_CLASSES, htmlService } from './html';
import { FakeSession } from './session';
import { FakeDataValidation, FakeDataValidationBuilder } from './spreadsheet/data-validation';
import { FakeProtection, FakeUser } from './spreadsheet/protection';
import { FakeRange } from './spreadsheet/range';
import { FakeSheet } from './spreadsheet/sheet';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet/spreadsheet-app';
import { FakeMenu, FakePromptResponse, FakeUi } from './spreadsheet/ui';
import { FakeBlob, FakeLogger, FakeUtilities } from './utilities';
import {
  documentServices,
  FakeAdvancedDrive,
  FakeDriveApp,
  FakeDriveFiles,
  FakeDrivePermissions,
  FakeFile,
  FakeFileIterator,
  FakeFolder,
  FakeFolderIterator,
} from './drive';
import { SHEETS_CLASSES, sheetsServices } from './sheets';
import { DOCS_CLASSES, docsServices } from './docs';
import { CHARTS_CLASSES, chartsServices } from './charts';
import {
  FakeBody,
  FakeDocument,
  FakeDocumentApp,
  FakeFooterSection,
  FakeHeaderSection,
  FakeHorizontalRule,
  FakeInlineImage,
  FakeListItem,
  FakePageBreak,
  FakeParagraph,
  FakeRangeElement,
  FakeTable,
  FakeTableCell,
  FakeTableRow,
  FakeText,
  FakeUnsupportedElement,
} from './document';

/** What a service factory gets from the runtime. */
export interface ServiceContext {
  host: Host;
  emulator: Emulator;
  /** The folder that stands in for Drive and receives generated files (documents under docs/). */
  outDir: string;
  /** The folder of the bundle (build/): the project's HTML files are there. */
  projectDir: string;
  /** The active spreadsheet's time zone. */
  timeZone(): string;
  /** The active spreadsheet's ID (the document add-on rules count triggers in). */
  spreadsheetId?(): string;
  /** Other services of the runtime by global name (the raw fakes, not the proxies). */
  service(name: string): object | undefined;
  /** The OAuth scopes of the manifest, or undefined when Apps Script picks them from the code. */
  scopes?(): string[] | undefined;
  /** The folder of the workbook the run opened (its Drive stand-in is carried into outDir). */
  inputDir?: string;
}

/** Makes the fake behind one global (e.g. DocumentApp). Its instances are wrapped for counting. */
export type ServiceFactory = (context: ServiceContext) => object;

/** Services added by other modules (documents, drive, mail, triggers). */
export const EXTRA_SERVICES: Record<string, ServiceFactory> = {
  // Triggers: one TriggerStore per runtime (runtime.triggers), see services/script.
  ScriptApp: (context) =>
    new FakeScriptApp(new TriggerStore(undefined, context.host, () => context.spreadsheetId?.() ?? null)),
  MailApp: mailService,
  // DocumentApp, DriveApp and the advanced Drive service over OUT/docs/ (one DriveStore per runtime; .docx written by its flush()).
  ...documentServices,
  // The advanced Sheets service (v4) over the same spreadsheets as SpreadsheetApp (services/sheets).
  ...sheetsServices,
  // The advanced Docs service (v1) over DocumentApp's documents (services/docs).
  ...docsServices,
  // The Charts service: bar charts from data tables, rendered to PNG (services/charts).
  ...chartsServices,
  // HtmlService over the project's HTML files (the sidebar), see services/html.
  HtmlService: htmlService,
};

/** Fake classes of the extra services, for the emulated-method table. */
export const EXTRA_CLASSES: FakeClass[] = [
  FakeScriptApp,
  FakeTriggerBuilder,
  FakeClockTriggerBuilder,
  FakeSpreadsheetTriggerBuilder,
  FakeTrigger,
  FakeMailApp,
  FakeDocumentApp,
  FakeDocument,
  FakeBody,
  FakeHeaderSection,
  FakeFooterSection,
  FakeParagraph,
  FakeListItem,
  FakeTable,
  FakeTableRow,
  FakeTableCell,
  FakeText,
  FakeRangeElement,
  FakePageBreak,
  FakeHorizontalRule,
  FakeUnsupportedElement,
  FakeDriveApp,
  FakeFolder,
  FakeFile,
  FakeFileIterator,
  FakeFolderIterator,
  FakeAdvancedDrive,
  FakeDriveFiles,
  FakeDrivePermissions,
  ...SHEETS_CLASSES,
  ...DOCS_CLASSES,
  ...CHARTS_CLASSES,
  FakeInlineImage,
  ...HTML_CLASSES,
];

/**
 * Globals that exist in Apps Script and that nothing emulates yet: every use throws
 * `not emulated: Class.member` (not a ReferenceError, as the name exists online). The built-in
 * services of https://developers.google.com/apps-script/reference (Charts is emulated elsewhere).
 */
export const PLACEHOLDER_SERVICES = [
  'UrlFetchApp',
  'GmailApp',
  'CalendarApp',
  'CardService',
  'ContactsApp',
  'ContentService',
  'ConferenceDataService',
  'DataStudioApp',
  'FormApp',
  'GroupsApp',
  'Jdbc',
  'LanguageApp',
  'Maps',
  'MimeType',
  'SitesApp',
  'SlidesApp',
  'XmlService',
  'Browser',
];

/** The classes emulated by the runtime itself. */
export const CORE_CLASSES: FakeClass[] = [
  FakeSpreadsheetApp,
  FakeSpreadsheet,
  FakeSheet,
  FakeRange,
  FakeDataValidationBuilder,
  FakeDataValidation,
  FakeProtection,
  FakeUi,
  FakeMenu,
  FakePromptResponse,
  FakeUser,
  FakePropertiesService,
  FakeProperties,
  FakeLockService,
  FakeLock,
  FakeCacheService,
  FakeCache,
  FakeSession,
  FakeUtilities,
  FakeBlob,
  FakeLogger,
];

export function allEmulatedClasses(): FakeClass[] {
  return [...CORE_CLASSES, ...EXTRA_CLASSES];
}
