/**
 * Apps Script glue: a default template (lines of templates.ts) made into a Google Doc by importing
 * it as a Word file. Neither DocumentApp nor the Docs API can insert a page number field (DocumentApp
 * sees one only as an UnsupportedElement, https://developers.google.com/apps-script/reference/document/unsupported-element;
 * the Docs API has no request that inserts AutoText, https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request),
 * but Drive keeps them when it converts a .docx
 * (https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs), with the
 * header and footer, heading styles, lists and table rows that repeat. So the template is written
 * as OOXML in pure code (word/ooxml.ts), zipped (Utilities.zip) and imported with one
 * Drive.Files.create: a fixed number of calls whatever the template.
 */
import type { Language } from '../i18n/language';
import { t } from '../i18n/messages';
import { importWordFile, type DriveItem } from './drive';
import { DOCUMENT_FONT, type TemplateLine } from './templates';
import { templateParts, type WordFurniture } from './word/ooxml';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The organisation and the document's title at the top of every page. */
export const HEADER_TEXT = '{{#Organisation}}{{Organisation}} – {{/Organisation}}{{Title}}';

/** The header, the "Page X of Y" footer (in the document's language) and the font of a default template. */
export function furnitureOf(language: Language): WordFurniture {
  const marker = '\u0000';
  const words = t(language, 'documents.footer.page', { page: marker, pages: marker }).split(marker);
  return {
    header: HEADER_TEXT,
    footer: [words[0] ?? '', words[1] ?? '', words.slice(2).join('')],
    font: DOCUMENT_FONT,
  };
}

/** The default template as a Google Doc in a folder: the Word file written, zipped and imported by Drive. */
export function importTemplate(
  name: string,
  folderId: string,
  lines: readonly TemplateLine[],
  language: Language,
): DriveItem {
  const parts = templateParts(lines, furnitureOf(language));
  const blobs = Object.keys(parts).map((path) => Utilities.newBlob(parts[path], 'application/xml', path));
  const file = Utilities.zip(blobs, `${name}.docx`).setContentType(DOCX_MIME);
  return importWordFile(name, folderId, file);
}
