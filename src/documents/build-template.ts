/** Apps Script glue: writes a template described as data (templates.ts) into a Google Doc body. */
import { DOCUMENT_FONT, type TemplateLine } from './templates';

type Body = GoogleAppsScript.Document.Body;

export function buildTemplate(body: Body, lines: readonly TemplateLine[], font = DOCUMENT_FONT): void {
  body.clear();
  const first = body.getNumChildren() === 1 ? body.getChild(0) : undefined;
  for (const line of lines) {
    if ('table' in line) {
      const table = body.appendTable(line.table);
      table.setBorderWidth(line.kind === 'labels' ? 0 : 1);
      if (line.kind === 'grid') table.setBorderColor('#808080');
      line.widths?.forEach((width, i) => table.setColumnWidth(i, width));
      if (line.kind === 'labels') {
        for (let r = 0; r < line.table.length; r++) table.getCell(r, 0).editAsText().setBold(true);
      } else {
        const header = table.getRow(0);
        for (let c = 0; c < line.table[0].length; c++) {
          header.getCell(c).setBackgroundColor('#d9e2f3').editAsText().setBold(true);
        }
        // Grid tables in 10 pt (a fixed number of cells: the template's, not the data's).
        for (let r = 0; r < line.table.length; r++) {
          for (let c = 0; c < line.table[r].length; c++) table.getCell(r, c).editAsText().setFontSize(10);
        }
      }
    } else if ('bullet' in line) {
      const item = body.appendListItem(line.bullet);
      item.setGlyphType(line.level ? DocumentApp.GlyphType.HOLLOW_BULLET : DocumentApp.GlyphType.BULLET);
      if (line.level) item.setNestingLevel(line.level);
      item.setSpacingAfter(3);
    } else {
      const paragraph = body.appendParagraph(line.paragraph);
      if (line.center) paragraph.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      // A numbered line ("1. text") hangs: wrapped lines start under the text, not the number.
      if (line.indent) paragraph.setIndentStart(line.indent * 2).setIndentFirstLine(line.indent);
      switch (line.style) {
        case 'title':
          paragraph.setHeading(DocumentApp.ParagraphHeading.TITLE);
          paragraph.editAsText().setFontSize(18).setBold(true);
          paragraph.setSpacingAfter(12);
          break;
        case 'subtitle':
          paragraph.setHeading(DocumentApp.ParagraphHeading.SUBTITLE);
          paragraph.setSpacingAfter(12);
          break;
        case 'heading1':
          paragraph.setHeading(DocumentApp.ParagraphHeading.HEADING1);
          paragraph.editAsText().setBold(true);
          paragraph.setSpacingBefore(18).setSpacingAfter(8);
          break;
        case 'heading2':
          paragraph.setHeading(DocumentApp.ParagraphHeading.HEADING2);
          paragraph.editAsText().setBold(true);
          paragraph.setSpacingBefore(14).setSpacingAfter(6);
          break;
        case 'label':
          paragraph.editAsText().setBold(true);
          paragraph.setSpacingBefore(8).setSpacingAfter(2);
          break;
        case 'tag':
          paragraph.editAsText().setFontSize(8).setForegroundColor('#999999');
          break;
        default:
          paragraph.setSpacingAfter(line.indent ? 3 : 6);
      }
    }
  }
  // A new body starts with one empty paragraph: drop it once the template has content.
  if (first && body.getNumChildren() > 1) body.removeChild(first);
  body.editAsText().setFontFamily(font);
}
