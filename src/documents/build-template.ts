/**
 * Apps Script glue: a default template (lines of templates.ts) made into a Google Doc by importing
 * it as a Word file. Neither DocumentApp nor the Docs API can insert a page number field (DocumentApp
 * sees one only as an UnsupportedElement, https://developers.google.com/apps-script/reference/document/unsupported-element;
 * the Docs API has no request that inserts AutoText, https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request),
 * but Drive keeps them when it converts a .docx
 * (https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs), with the
 * header and footer, heading styles, lists and table rows that repeat. So the template is written
 * as OOXML in pure code (word/ooxml.ts) when the project is built (word/default-files.ts), and
 * imported with one Drive.Files.create: a fixed number of calls whatever the template.
 */
import type { Language } from '../i18n/language';
import { importWordFile, type DriveItem } from './drive';
import { defaultTemplateFile, type DefaultTemplateKind } from './word/default-file-names';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The default template as a Google Doc in a folder: the Word file the build made
 * (word/default-files.ts), read from its project file and imported by Drive.
 */
export function importTemplate(
  name: string,
  folderId: string,
  kind: DefaultTemplateKind,
  language: Language,
): DriveItem {
  const base64 = HtmlService.createHtmlOutputFromFile(defaultTemplateFile(kind, language)).getContent();
  const file = Utilities.newBlob(Utilities.base64Decode(base64.trim()), DOCX_MIME, `${name}.docx`);
  return importWordFile(name, folderId, file);
}
