import {
  applyHighlights,
  decodeMemory,
  encodeMemory,
  ERROR_FILL,
  highlightArea,
  memoryKeys,
  NOTE_PREFIX,
  WARNING_FILL,
  type CellMark,
} from '../../../src/validation/highlights';

const WHITE = '#ffffff';

describe('highlights', () => {
  const marks: CellMark[] = [
    { row: 2, column: 2, severity: 'warning', text: 'spelling' },
    { row: 2, column: 2, severity: 'error', text: 'wrong' },
    { row: 3, column: 1, severity: 'warning', text: 'spelling' },
  ];

  test('the area spans the marks and the previous marks, within the data range', () => {
    expect(highlightArea(marks, { cells: [[5, 3]] }, 10, 4)).toEqual({
      row: 2,
      column: 1,
      rows: 4,
      columns: 3,
    });
    expect(highlightArea(marks, { cells: [[50, 3]] }, 10, 4)).toEqual({
      row: 2,
      column: 1,
      rows: 2,
      columns: 2,
    });
    expect(highlightArea([], undefined, 10, 4)).toBeUndefined();
  });

  test('marks cells (an error wins), keeps the user note under the tool note, and restores both next time', () => {
    const area = { row: 2, column: 1, rows: 2, columns: 2 };
    const fills = [
      [WHITE, '#00ff00'],
      [WHITE, WHITE],
    ];
    const notes = [
      ['', 'my note'],
      ['', ''],
    ];
    const first = applyHighlights(area, fills, notes, marks, undefined);
    expect(first.backgrounds).toEqual([
      [null, ERROR_FILL],
      [WARNING_FILL, null],
    ]);
    expect(first.notes[0][1]).toBe(`${NOTE_PREFIX}spelling\nwrong\n\nmy note`);
    expect(first.notes[1][0]).toBe(`${NOTE_PREFIX}spelling`);

    // Next run: nothing wrong any more, and the user recoloured one marked cell meanwhile.
    const current = first.backgrounds.map((row) => row.map((c) => c ?? WHITE));
    current[1][0] = '#0000ff';
    const second = applyHighlights(area, current, first.notes, [], first.memory);
    expect(second.backgrounds).toEqual([
      [null, '#00ff00'],
      ['#0000ff', null],
    ]);
    expect(second.notes).toEqual(notes);
    expect(second.memory.cells).toEqual([]);
  });

  test('memory survives encoding in chunks; stale chunks are emptied; junk reads as no memory', () => {
    const memory = {
      CBOs: {
        cells: Array.from(
          { length: 2000 },
          (_, i) => [i + 2, 3, '#00ff00', 'n'] as [number, number, string, string],
        ),
      },
    };
    const properties = encodeMemory(memory, []);
    expect(Object.keys(properties).length).toBeGreaterThan(1);
    expect(decodeMemory(properties).CBOs.cells).toEqual(memory.CBOs.cells);
    const smaller = encodeMemory({}, memoryKeys(properties));
    expect(decodeMemory({ ...properties, ...smaller })).toEqual({});
    expect(decodeMemory({ 'cboTracker.validation.marks.0': '{not json' })).toEqual({});
  });

  test('too large a memory falls back to clearing every tool mark', () => {
    const cells = Array.from(
      { length: 30000 },
      (_, i) => [i + 2, 3, '#00ff00', 'a user note'] as [number, number, string, string],
    );
    const decoded = decodeMemory(encodeMemory({ CBOs: { cells } }, []));
    expect(decoded.CBOs).toEqual({ cells: [], all: true });
    const area = highlightArea([], decoded.CBOs, 3, 2)!;
    const result = applyHighlights(
      area,
      [
        [WHITE, WHITE],
        [ERROR_FILL, ERROR_FILL],
        ['#00ff00', WARNING_FILL],
      ],
      [
        ['', ''],
        [`${NOTE_PREFIX}x`, 'user'],
        ['', `${NOTE_PREFIX}y`],
      ],
      [],
      decoded.CBOs,
    );
    expect(result.backgrounds).toEqual([
      [null, null],
      [null, ERROR_FILL],
      ['#00ff00', null],
    ]);
    expect(result.notes).toEqual([
      ['', ''],
      ['', 'user'],
      ['', ''],
    ]);
  });
});
