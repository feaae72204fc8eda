/** Apps Script glue: writes a template described as data (templates.ts) into a Google Doc body. */
import { cellText, DOCUMENT_FONT, type LineStyle, type TemplateLine } from './templates';

type Body = GoogleAppsScript.Document.Body;

function headingOf(style: LineStyle | undefined): GoogleAppsScript.Document.ParagraphHeading | undefined {
  const headings = DocumentApp.ParagraphHeading;
  if (style === 'title') return headings.TITLE;
  if (style === 'subtitle') return headings.SUBTITLE;
  if (style === 'heading1') return headings.HEADING1;
  return style === 'heading2' ? headings.HEADING2 : undefined;
}

/** A template line's paragraph and text attributes (DocumentApp.Attribute names). */
export function paragraphStyle(line: {
  style?: LineStyle;
  indent?: number;
  center?: boolean;
}): Record<string, unknown> {
  const style: Record<string, unknown> = {};
  if (line.center) style.HORIZONTAL_ALIGNMENT = 'CENTER';
  // A numbered line ("1. text") hangs: wrapped lines start under the text, not the number.
  if (line.indent) Object.assign(style, { INDENT_START: line.indent * 2, INDENT_FIRST_LINE: line.indent });
  switch (line.style) {
    case 'title':
      return { ...style, FONT_SIZE: 18, BOLD: true, SPACING_AFTER: 12 };
    case 'subtitle':
      return { ...style, SPACING_AFTER: 12 };
    case 'heading1':
      return { ...style, BOLD: true, SPACING_BEFORE: 18, SPACING_AFTER: 8 };
    case 'heading2':
      return { ...style, BOLD: true, SPACING_BEFORE: 14, SPACING_AFTER: 6 };
    case 'label':
      return { ...style, BOLD: true, SPACING_BEFORE: 8, SPACING_AFTER: 2 };
    case 'tag':
      return { ...style, FONT_SIZE: 8, FOREGROUND_COLOR: '#999999' };
    default:
      return { ...style, SPACING_AFTER: line.indent ? 3 : 6 };
  }
}

export function buildTemplate(body: Body, lines: readonly TemplateLine[], font = DOCUMENT_FONT): void {
  body.clear();
  const first = body.getNumChildren() === 1 ? body.getChild(0) : undefined;
  for (const line of lines) {
    if ('table' in line) {
      const table = body.appendTable(line.table.map((row) => row.map(cellText)));
      table.setBorderWidth(line.kind === 'labels' ? 0 : 1);
      if (line.kind === 'grid') table.setBorderColor('#808080');
      line.widths?.forEach((width, i) => table.setColumnWidth(i, width));
      if (line.kind === 'labels') {
        for (let r = 0; r < line.table.length; r++) table.getCell(r, 0).editAsText().setBold(true);
      } else {
        // Header cells shaded and bold; grid tables in 10 pt (the template's cells, not the data's).
        for (let r = 0; r < line.table.length; r++) {
          for (let c = 0; c < line.table[r].length; c++) {
            const cell = table.getCell(r, c);
            if (r === 0) cell.setBackgroundColor('#d9e2f3').editAsText().setBold(true).setFontSize(10);
            else
              cell
                .editAsText()
                .setBold(line.boldRows?.includes(r) ?? false)
                .setFontSize(10);
          }
        }
      }
      // Bulleted cells: the cell's paragraph becomes a list item (a fixed number of calls per template).
      line.table.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof value === 'string') return;
          const cell = table.getCell(r, c);
          const item = cell.appendListItem(value.bullet);
          item.setGlyphType(DocumentApp.GlyphType.BULLET).editAsText().setFontSize(10);
          cell.removeChild(cell.getChild(0));
        }),
      );
    } else if ('numbered' in line) {
      const item = body.appendListItem(line.numbered);
      item.setGlyphType(DocumentApp.GlyphType.NUMBER);
      if (line.level) item.setNestingLevel(line.level);
      item.setSpacingAfter(3);
    } else if ('bullet' in line) {
      const item = body.appendListItem(line.bullet);
      item.setGlyphType(line.level ? DocumentApp.GlyphType.HOLLOW_BULLET : DocumentApp.GlyphType.BULLET);
      if (line.level) item.setNestingLevel(line.level);
      item.setSpacingAfter(3);
    } else {
      const paragraph = body.appendParagraph(line.paragraph);
      const heading = headingOf(line.style);
      if (heading) paragraph.setHeading(heading);
      // One call for the rest of the style (paragraph and text attributes together).
      const style = paragraphStyle(line);
      if (line.center)
        style[DocumentApp.Attribute.HORIZONTAL_ALIGNMENT] = DocumentApp.HorizontalAlignment.CENTER;
      paragraph.setAttributes(style);
    }
  }
  // A new body starts with one empty paragraph: drop it once the template has content.
  if (first && body.getNumChildren() > 1) body.removeChild(first);
  body.editAsText().setFontFamily(font);
}
