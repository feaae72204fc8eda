/** A1 notation, pure: used by the pure rules (problem links, messages) and by the glue alike. */

/** A1 notation of a cell, e.g. (12, 4) → "D12". */
export function a1(row: number, column: number): string {
  return `${columnLetter(column - 1)}${row}`;
}

/** The letters of a column from its 0-based index, e.g. 3 → "D", 26 → "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
