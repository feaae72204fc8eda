import {
  ERROR_FILL,
  MEMORY_KEY,
  NOTE_PREFIX,
  WARNING_FILL,
  type CellMark,
} from '../../../src/validation/highlights';
import {
  decodeMarks,
  encodeMarks,
  marksKeys,
  planRead,
  planWrites,
  type CellState,
  type MarkMemory,
} from '../../../src/validation/marks';

const marks: CellMark[] = [
  { row: 2, column: 2, severity: 'warning', text: 'spelling' },
  { row: 2, column: 2, severity: 'error', text: 'wrong' },
  { row: 5, column: 2, severity: 'warning', text: 'spelling' },
  { row: 9, column: 4, severity: 'warning', text: 'odd\n\nvalue' },
];

/** Applies writes to a cell map (what the sheet holds afterwards). */
function apply(
  cells: Map<string, CellState>,
  writes: { row: number; column: number; fill: string | null; note: string }[],
) {
  const out = new Map(cells);
  for (const w of writes) out.set(`${w.row},${w.column}`, { fill: w.fill, note: w.note });
  return out;
}

function run(current: Map<string, CellState>, list: CellMark[], memory: MarkMemory | undefined) {
  const plan = planRead(list, memory, 20, 6);
  const read = new Map<string, CellState>();
  for (const strip of plan.strips)
    for (let row = strip.from; row <= strip.to; row++) {
      const key = `${row},${strip.column}`;
      if (current.has(key)) read.set(key, current.get(key)!);
    }
  const result = planWrites(plan, read, memory);
  return { plan, ...result, after: apply(current, result.writes) };
}

describe('marks written as changes', () => {
  const userCells = new Map<string, CellState>([
    ['2,2', { fill: '#00ff00', note: 'my note' }],
    ['3,2', { fill: '#0000ff', note: 'untouched' }],
  ]);

  test('first run writes the marked cells only, keeping the user fill and note; one strip per column', () => {
    const first = run(userCells, marks, undefined);
    expect(first.plan.strips).toEqual([
      { column: 2, from: 2, to: 5 },
      { column: 4, from: 9, to: 9 },
    ]);
    expect(first.writes.map((w) => [w.row, w.column])).toEqual([
      [2, 2],
      [5, 2],
      [9, 4],
    ]);
    expect(first.after.get('2,2')).toEqual({
      fill: ERROR_FILL,
      note: `${NOTE_PREFIX}spelling\nwrong\n\nmy note`,
    });
    expect(first.after.get('9,4')).toEqual({ fill: WARNING_FILL, note: `${NOTE_PREFIX}odd\nvalue` });
    expect(first.after.get('3,2')).toEqual(userCells.get('3,2'));
  });

  test('the same marks again: nothing read, nothing written, the memory stays', () => {
    const first = run(userCells, marks, undefined);
    const second = run(first.after, marks, first.memory);
    expect(second.plan.strips).toEqual([]);
    expect(second.writes).toEqual([]);
    expect(second.memory).toEqual(first.memory);
  });

  test('a changed mark is rewritten, a removed one restored with the user fill and note', () => {
    const first = run(userCells, marks, undefined);
    const changed: CellMark[] = [
      { row: 5, column: 2, severity: 'error', text: 'now wrong' },
      { row: 9, column: 4, severity: 'warning', text: 'odd\n\nvalue' },
    ];
    const second = run(first.after, changed, first.memory);
    expect(second.writes.map((w) => [w.row, w.column])).toEqual([
      [2, 2],
      [5, 2],
    ]);
    expect(second.after.get('2,2')).toEqual({ fill: '#00ff00', note: 'my note' });
    expect(second.after.get('5,2')).toEqual({ fill: ERROR_FILL, note: `${NOTE_PREFIX}now wrong` });
    const third = run(second.after, [], second.memory);
    expect(third.after.get('5,2')).toEqual({ fill: null, note: '' });
    expect(third.after.get('9,4')).toEqual({ fill: null, note: '' });
    expect(third.memory.cells).toEqual([]);
  });

  test('memory: packed with a fill palette, read back; the older format is read; too large means "all"', () => {
    const memory = {
      CBOs: {
        cells: Array.from({ length: 3000 }, (_, i) => [i + 2, 3, 'abc12', i % 2 ? '#00ff00' : undefined]),
      },
    } as Record<string, MarkMemory>;
    for (const entry of memory.CBOs.cells) if (entry[3] === undefined) entry.length = 3;
    const properties = encodeMarks(memory, []);
    for (const value of Object.values(properties)) expect(Buffer.byteLength(value)).toBeLessThan(8000);
    expect(decodeMarks(properties)).toEqual(memory);
    const legacy = {
      [`${MEMORY_KEY}.0`]: JSON.stringify({
        CBOs: {
          cells: [
            [4, 2, '#00ff00', 'n'],
            [5, 2],
          ],
        },
      }),
    };
    expect(decodeMarks(legacy)).toEqual({
      CBOs: {
        cells: [
          [4, 2, '', '#00ff00'],
          [5, 2, ''],
        ],
      },
    });
    expect(marksKeys({ ...legacy, ...properties, other: 'x' })).toHaveLength(
      Object.keys(properties).length + 1,
    );
    const huge = {
      CBOs: { cells: Array.from({ length: 40000 }, (_, i) => [i * 7 + 2, 3, 'abcdef', '#00ff00']) },
    } as Record<string, MarkMemory>;
    expect(decodeMarks(encodeMarks(huge, []))).toEqual({ CBOs: { cells: [], all: true } });
    expect(decodeMarks({ 'cboTracker.validation.cellMarks.0': '{junk' })).toEqual({});
  });

  test('"all": every tool mark in the data area is cleared, the user fills and notes kept', () => {
    const current = new Map<string, CellState>([
      ['4,1', { fill: ERROR_FILL, note: `${NOTE_PREFIX}old\n\nkeep me` }],
      ['6,3', { fill: '#123456', note: 'user' }],
    ]);
    const result = run(current, [], { cells: [], all: true });
    expect(result.plan.strips).toHaveLength(6);
    expect(result.after.get('4,1')).toEqual({ fill: null, note: 'keep me' });
    expect(result.after.get('6,3')).toEqual({ fill: '#123456', note: 'user' });
    expect(result.writes).toHaveLength(1);
  });
});
