/**
 * Pieces of the Word files the tests make with the docx package, as Word writes them: shared by
 * the import tests (test/unit/offline/import-docx.test.ts) and the Word template runs
 * (test/integration/word-templates.test.ts).
 */
import * as docx from 'docx';

/** A numbered list "1." with sub-items "1.1." (reference `objectives`). */
export const OBJECTIVES_NUMBERING = {
  reference: 'objectives',
  levels: [
    { level: 0, format: docx.LevelFormat.DECIMAL, text: '%1.', alignment: docx.AlignmentType.LEFT },
    { level: 1, format: docx.LevelFormat.DECIMAL, text: '%1.%2.', alignment: docx.AlignmentType.LEFT },
  ],
};

/** One text in runs as an editor splits it ('{{Ti' + 'tl' + 'e}}'), the second run bold. */
export const splitRuns = (...parts: string[]) =>
  parts.map((text, i) => new docx.TextRun({ text, bold: i === 1 }));

/** A footer "Page X of Y" with Word's page number and page count fields. */
export function pageFooter(): docx.Footer {
  return new docx.Footer({
    children: [
      new docx.Paragraph({
        children: [
          new docx.TextRun('Page '),
          new docx.TextRun({ children: [docx.PageNumber.CURRENT] }),
          new docx.TextRun(' of '),
          new docx.TextRun({ children: [docx.PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/**
 * The attendance table of a template: a header row that repeats on each page ("No", "Name"), and
 * a row repeated once per attendee that does not split across pages.
 */
export function attendeesTable(options: { columnWidths: number[]; headerFill?: string }): docx.Table {
  const fill = options.headerFill;
  const shading = fill ? { fill, type: docx.ShadingType.CLEAR, color: 'auto' } : undefined;
  return new docx.Table({
    columnWidths: options.columnWidths,
    rows: [
      new docx.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: ['No', 'Name'].map(
          (text) => new docx.TableCell({ shading, children: [new docx.Paragraph(text)] }),
        ),
      }),
      new docx.TableRow({
        cantSplit: true,
        children: ['{{#Attendees}}{{No}}', '{{Name}}{{/Attendees}}'].map(
          (text) => new docx.TableCell({ children: [new docx.Paragraph(text)] }),
        ),
      }),
    ],
  });
}

/** A Word file whose one paragraph is `{{Title}}` with a footnote: what an offline copy cannot keep. */
export function footnotedTemplate(): Promise<Buffer> {
  return docx.Packer.toBuffer(
    new docx.Document({
      footnotes: { 1: { children: [new docx.Paragraph('A note')] } },
      sections: [
        {
          children: [
            new docx.Paragraph({
              children: [new docx.TextRun('{{Title}}'), new docx.FootnoteReferenceRun(1)],
            }),
          ],
        },
      ],
    }),
  );
}
