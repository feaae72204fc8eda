/** Which copies a collect may leave unread, and the Partner problems it carries over for them (collect-state.ts). */
import { CBOS } from '../../../src/workbook/contract';
import { Table } from '../../../src/workbook/table';
import { snapshotOf } from '../../../src/sharing/partners/merge';
import {
  carriedProblems,
  carryCopy,
  collectStateText,
  copyState,
  hashText,
  newCollectState,
  parseCollectState,
  problemCodes,
  snapshotHash,
  unchangedSinceCollect,
  type UnchangedInput,
} from '../../../src/sharing/partners/collect-state';
import {
  PARTNER_PROBLEMS_HEADER,
  partnerProblemRow,
  type PartnerProblem,
} from '../../../src/sharing/partners/check';
import type { Cell } from '../../../src/workbook/values';

const ZONE = 'Asia/Phnom_Penh';
const HEADER = ['CBO ID', 'CBO name', 'Partner', 'Members'];
const ROWS: Cell[][] = [HEADER, ['C1', 'One', 'P', 10], ['C2', 'Two', 'P', 20], ['C3', 'Three', 'Q', 5]];
const master = (rows: Cell[][] = ROWS) => Table.fromValues(CBOS.name, CBOS, rows);
const mine = (table: Table) => table.rows.filter((row) => table.get(row, 'Partner') === 'P');
const snapshot = snapshotOf(master(), mine(master()), ZONE);

function input(changes: Partial<UnchangedInput> = {}, codes: string[] = []): UnchangedInput {
  const state = newCollectState('ctx', 100);
  state.copies.copy1 = copyState(state, '2026-12-01T10:00:00.000Z', snapshotHash('P', snapshot), codes);
  return {
    state,
    listed: new Map([['copy1', '2026-12-01T10:00:00.000Z']]),
    context: 'ctx',
    day: 100,
    id: 'copy1',
    partner: 'P',
    snapshot,
    master: master(),
    ...changes,
  };
}

describe('unchangedSinceCollect', () => {
  test('a copy listed with the time of its last read, everything else as it was, is left unread', () => {
    expect(unchangedSinceCollect(input())).toBe(true);
    // Days later too: the checks that use today only loosen.
    expect(unchangedSinceCollect(input({ day: 107 }))).toBe(true);
  });

  test('it is read when anything its merge depends on changed, or nothing is known', () => {
    expect(unchangedSinceCollect(input({ listed: new Map([['copy1', '2026-12-01T10:00:00.001Z']]) }))).toBe(
      false,
    );
    expect(unchangedSinceCollect(input({ listed: new Map() }))).toBe(false);
    expect(unchangedSinceCollect(input({ listed: undefined }))).toBe(false);
    expect(unchangedSinceCollect(input({ state: undefined }))).toBe(false);
    expect(unchangedSinceCollect(input({ id: 'copy2' }))).toBe(false);
    expect(unchangedSinceCollect(input({ context: 'other' }))).toBe(false);
    expect(unchangedSinceCollect(input({ day: 99 }))).toBe(false);
    expect(unchangedSinceCollect(input({ partner: 'p renamed' }))).toBe(false);
    const agreedOther = snapshotOf(master(), mine(master()).slice(0, 1), ZONE);
    expect(unchangedSinceCollect(input({ snapshot: agreedOther }))).toBe(false);
    expect(unchangedSinceCollect(input({ snapshot: undefined }))).toBe(false);
  });

  test("it is read when a CBO it agreed on is gone from CBOs, repeated there or another partner's", () => {
    const without = ROWS.filter((row) => row[0] !== 'C2');
    expect(unchangedSinceCollect(input({ master: master(without) }))).toBe(false);
    expect(unchangedSinceCollect(input({ master: master([...ROWS, ['C2', 'Again', 'P', 1]]) }))).toBe(false);
    const moved = ROWS.map((row) => (row[0] === 'C1' ? ['C1', 'One', 'Q', 10] : row));
    expect(unchangedSinceCollect(input({ master: master(moved) }))).toBe(false);
    // A new CBO of the partner in CBOs, or another partner's change, does not concern the copy.
    expect(unchangedSinceCollect(input({ master: master([...ROWS, ['C4', 'Four', 'P', 1]]) }))).toBe(true);
  });

  test('a copy whose problems depend on today is left unread only on the same day', () => {
    expect(unchangedSinceCollect(input({}, ['required']))).toBe(true);
    expect(unchangedSinceCollect(input({ day: 101 }, ['required']))).toBe(true);
    expect(unchangedSinceCollect(input({}, ['future-date']))).toBe(true);
    expect(unchangedSinceCollect(input({ day: 101 }, ['future-date']))).toBe(false);
    expect(unchangedSinceCollect(input({ day: 101 }, ['required', 'out-of-range']))).toBe(false);
  });
});

describe('the saved state', () => {
  test('snapshots hash the same whatever their order, differently when a value differs', () => {
    const reversed = new Map([...snapshot.entries()].reverse());
    expect(snapshotHash('P', reversed)).toBe(snapshotHash('P', snapshot));
    const changed = new Map(snapshot);
    const [key, values] = [...snapshot.entries()][0];
    changed.set(key, { ...values, members: '11' });
    expect(snapshotHash('P', changed)).not.toBe(snapshotHash('P', snapshot));
    expect(hashText('a')).not.toBe(hashText('b'));
    expect(hashText('ab')).toMatch(/^[0-9a-f]{16}$/);
  });

  test('codes are numbered once for all copies and carried into the next state', () => {
    const state = newCollectState('ctx', 1);
    state.copies.a = copyState(state, 'm', 's', ['required', 'not-a-number', 'required']);
    state.copies.b = copyState(state, 'm', 's', ['not-a-number']);
    expect(state.codes).toEqual(['required', 'not-a-number']);
    expect(state.copies.a.p).toBe('0.1.0');
    const next = newCollectState('ctx', 2);
    next.copies.b = carryCopy(state, next, state.copies.b);
    expect(problemCodes(next, next.copies.b)).toEqual(['not-a-number']);
    expect(parseCollectState(collectStateText(next))).toEqual(next);
  });

  test('a state too long for a property value leaves copies out (they are read next time); a damaged one is no state', () => {
    const state = newCollectState('ctx', 1);
    for (let i = 0; i < 200; i++)
      state.copies[`copy-${i}-${'x'.repeat(40)}`] = { m: '2026-12-01T10:00:00.000Z', s: 'h' };
    const text = collectStateText(state);
    expect(text.length).toBeLessThanOrEqual(9000);
    const kept = parseCollectState(text)!;
    expect(Object.keys(kept.copies).length).toBeGreaterThan(10);
    expect(Object.keys(kept.copies).length).toBeLessThan(200);
    expect(parseCollectState('{not json')).toBeUndefined();
    expect(parseCollectState(JSON.stringify({ v: 99, copies: {}, codes: [] }))).toBeUndefined();
    expect(parseCollectState(null)).toBeUndefined();
  });
});

describe('carriedProblems', () => {
  const problem = (row: number, severity: 'error' | 'warning', code: string): PartnerProblem => ({
    partner: 'P',
    severity,
    sheet: 'CBOs',
    row,
    column: 'CBO name',
    code,
    message: `Row ${row} needs a name`,
    fix: 'Type its name.',
    value: 'x',
    heldBack: false,
  });
  const written = [problem(2, 'error', 'required'), problem(3, 'warning', 'odd')];
  const sheet = (language: 'en' | 'km' = 'en', problems = written): Cell[][] => [
    [...PARTNER_PROBLEMS_HEADER],
    ...problems.map((p) => partnerProblemRow(p, language)),
    partnerProblemRow({ ...problem(4, 'error', 'required'), partner: 'Q' }, language),
  ];

  test("a partner's rows come back as the problems written, and are written again the same", () => {
    for (const language of ['en', 'km'] as const) {
      const back = carriedProblems(sheet(language), 'P', ['required', 'odd'], language)!;
      expect(back).toEqual(written);
      expect(back.map((p) => partnerProblemRow(p, language))).toEqual(sheet(language).slice(1, 3));
    }
    expect(carriedProblems(undefined, 'P', [], 'en')).toEqual([]);
  });

  test('rows that are not what was written: the copy is read', () => {
    expect(carriedProblems(sheet(), 'P', ['required'], 'en')).toBeUndefined();
    expect(carriedProblems(undefined, 'P', ['required'], 'en')).toBeUndefined();
    const held = sheet('en', [{ ...written[0], heldBack: true }]);
    expect(carriedProblems(held, 'P', ['required'], 'en')).toBeUndefined();
    const moved = sheet().map((row) => [row[1], row[0], ...row.slice(2)]);
    expect(carriedProblems(moved, 'P', ['required', 'odd'], 'en')).toBeUndefined();
    // Severities in another language than the workbook's: not trusted.
    expect(carriedProblems(sheet('km'), 'P', ['required', 'odd'], 'en')).toBeUndefined();
  });
});
