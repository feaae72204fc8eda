/** A1 notation: parsing and printing ranges such as 'A1', 'B2:D9', 'A:A', '3:3', "'My sheet'!A1". */

export interface GridRange {
  sheetName?: string;
  row: number;
  column: number;
  /** Undefined: up to the sheet's last row/column (whole-column or whole-row references). */
  numRows?: number;
  numColumns?: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

export function parseA1(text: string): GridRange {
  let sheetName: string | undefined;
  let ref = text.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [first, second = first] = ref.split(':');
  const a = PART.exec(first);
  const b = PART.exec(second);
  if (!ref || !a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) {
    throw new Error(`Range not found: ${text}`);
  }
  const startRow = a[2] ? Number(a[2]) : 1;
  const startColumn = a[1] ? columnNumber(a[1]) : 1;
  const range: GridRange = { row: startRow, column: startColumn };
  if (sheetName !== undefined) range.sheetName = sheetName;
  if (b[2]) range.numRows = Math.abs(Number(b[2]) - startRow) + 1;
  if (b[1]) range.numColumns = Math.abs(columnNumber(b[1]) - startColumn) + 1;
  if (b[2] && Number(b[2]) < startRow) range.row = Number(b[2]);
  if (b[1] && columnNumber(b[1]) < startColumn) range.column = columnNumber(b[1]);
  return range;
}

export function formatA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}
