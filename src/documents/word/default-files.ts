/**
 * The default templates as Word files, made when the project is built (src/tooling/build.mjs), not
 * each time Apps Script runs: the build writes each as a project HTML file holding the .docx in
 * base64 (DefaultMinutesEn.html …), and build-template.ts imports that file into Drive on a first
 * generation. Code.js then carries neither the OOXML writer nor the template lines (about 15 KB of
 * the 300 KB that every execution loads). Pure: no Apps Script service is called here.
 */
import { strToU8, zipSync } from 'fflate';
import type { Language } from '../../i18n/language';
import { t } from '../../i18n/messages';
import { DOCUMENT_FONT, minutesTemplate, reportTemplate } from '../templates';
import { templateParts, type WordFurniture } from './ooxml';
import { DEFAULT_TEMPLATE_KINDS, defaultTemplateFile, type DefaultTemplateKind } from './default-file-names';

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

const LINES = { minutes: minutesTemplate, report: reportTemplate } as const;

/** One default template as a .docx (zipped OOXML). */
export function defaultTemplateDocx(kind: DefaultTemplateKind, language: Language): Uint8Array {
  const parts = templateParts(LINES[kind](language), furnitureOf(language));
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));
}

/** Every default template as a .docx, by the project file name that holds it (in base64). */
export function defaultTemplateFiles(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const kind of DEFAULT_TEMPLATE_KINDS) {
    for (const language of ['en', 'km'] as const) {
      files[defaultTemplateFile(kind, language)] = defaultTemplateDocx(kind, language);
    }
  }
  return files;
}
