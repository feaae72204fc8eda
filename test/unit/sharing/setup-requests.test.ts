import { copyIdsPlan, planProtections } from '../../../src/sharing/protection/plan';
import {
  headerWritable,
  protectionRequests,
  sameRule,
  type SheetInfo,
} from '../../../src/sharing/setup/requests';

const settings = { coordinators: ['coord@example.org'], warningOnly: false, problems: [] };

function info(title: string, sheetId: number, protectedRanges: SheetInfo['protectedRanges'] = []): SheetInfo {
  return { sheetId, title, rowCount: 1000, columnCount: 26, protectedRanges };
}

describe('protections as requests', () => {
  test('missing protections are added: header rows for coordinators, tool records whole with a warning only', () => {
    const sheets = new Map([
      ['CBOs', info('CBOs', 1)],
      ['Change log', info('Change log', 2)],
    ]);
    const out = protectionRequests(
      planProtections(['CBOs', 'Change log'], settings),
      sheets,
      'me@example.org',
      'owner@example.org',
    );
    expect(out.created).toBe(2);
    expect(out.requests).toEqual([
      {
        addProtectedRange: {
          protectedRange: {
            range: { sheetId: 1, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 26 },
            description: 'CBO Tracker: header row of CBOs',
            warningOnly: false,
            editors: { users: ['coord@example.org', 'me@example.org'], domainUsersCanEdit: false },
          },
        },
      },
      {
        addProtectedRange: {
          protectedRange: {
            range: { sheetId: 2 },
            description: 'CBO Tracker: Change log (written by CBO Tracker)',
            warningOnly: true,
          },
        },
      },
    ]);
  });

  test('a protection the running user may not edit is skipped; the owner among the editors is no change', () => {
    const header = {
      protectedRangeId: 7,
      description: 'CBO Tracker: header row of CBOs',
      range: { sheetId: 1, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 26 },
      editors: { users: ['owner@example.org', 'coord@example.org', 'me@example.org'] },
      requestingUserCanEdit: true,
    };
    const mine = protectionRequests(
      planProtections(['CBOs'], settings),
      new Map([['CBOs', info('CBOs', 1, [header])]]),
      'me@example.org',
      'owner@example.org',
    );
    expect(mine).toMatchObject({ requests: [], unchanged: 1 });
    const staff = protectionRequests(
      planProtections(['CBOs'], settings),
      new Map([['CBOs', info('CBOs', 1, [{ ...header, requestingUserCanEdit: false, editors: undefined }])]]),
      'staff@example.org',
      'owner@example.org',
    );
    expect(staff).toMatchObject({ requests: [], skipped: 1 });
    // A coordinator removed from Settings is taken off; a grown grid re-protects the whole header row.
    const later = protectionRequests(
      planProtections(['CBOs'], { ...settings, coordinators: [] }),
      new Map([['CBOs', { ...info('CBOs', 1, [header]), columnCount: 30 }]]),
      'me@example.org',
      'owner@example.org',
    );
    expect(later.requests.map((r) => Object.keys(r)[0])).toEqual([
      'deleteProtectedRange',
      'addProtectedRange',
    ]);
  });

  test('the header row is writable unless a protection the user may not edit covers those columns', () => {
    const locked = info('CBOs', 1, [
      {
        range: { sheetId: 1, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 10 },
        requestingUserCanEdit: false,
      },
    ]);
    expect(headerWritable(locked, 5, 6)).toBe(false);
    expect(headerWritable(locked, 11, 12)).toBe(true);
    expect(
      headerWritable(
        { ...locked, protectedRanges: [{ ...locked.protectedRanges[0], warningOnly: true }] },
        5,
        6,
      ),
    ).toBe(true);
  });
});

describe('a dropdown already in place', () => {
  const rule = {
    condition: { type: 'ONE_OF_RANGE', values: [{ userEnteredValue: "='Geography'!$B$2:$B" }] },
    inputMessage: 'CBO Tracker: from Geography › Province',
    strict: false,
    showCustomUi: true,
  };
  test('is the same when its condition, source column, help and strictness are', () => {
    // The source as Sheets may give it back: closed at the grid's end, unquoted.
    const read = {
      ...rule,
      condition: { type: 'ONE_OF_RANGE', values: [{ userEnteredValue: '=Geography!$B$2:$B$1000' }] },
    };
    expect(sameRule(read, rule)).toBe(true);
    expect(sameRule({ ...read, inputMessage: 'CBO Tracker: old help' }, rule)).toBe(false);
    expect(sameRule({ ...read, strict: true }, rule)).toBe(false);
    expect(
      sameRule(
        {
          ...read,
          condition: { type: 'ONE_OF_RANGE', values: [{ userEnteredValue: '=Geography!$C$2:$C' }] },
        },
        rule,
      ),
    ).toBe(false);
    expect(sameRule(undefined, rule)).toBe(false);
    const list = {
      condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'Yes' }, { userEnteredValue: 'No' }] },
    };
    expect(sameRule(list, list)).toBe(true);
    expect(
      sameRule({ condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'Yes' }] } }, list),
    ).toBe(false);
  });

  test('a partner copy’s CBO IDs sent are protected as its header is; the range follows the rows; none left, none kept', () => {
    const sheets = (protectedRanges: SheetInfo['protectedRanges'] = []) =>
      new Map([['CBOs', info('CBOs', 7, protectedRanges)]]);
    const made = protectionRequests(
      [copyIdsPlan(settings, 0, 3)],
      sheets(),
      'me@example.org',
      'me@example.org',
    );
    const added = made.requests[0].addProtectedRange!.protectedRange!;
    expect(added).toEqual({
      range: { sheetId: 7, startRowIndex: 1, endRowIndex: 4, startColumnIndex: 0, endColumnIndex: 1 },
      description: 'CBO Tracker: CBO IDs of the CBOs sent',
      warningOnly: false,
      editors: { users: ['coord@example.org', 'me@example.org'], domainUsersCanEdit: false },
    });
    const existing = { ...added, protectedRangeId: 5, requestingUserCanEdit: true };
    const same = protectionRequests(
      [copyIdsPlan(settings, 0, 3)],
      sheets([existing]),
      'me@example.org',
      'me@example.org',
    );
    expect(same).toMatchObject({ requests: [], unchanged: 1 });
    const grown = protectionRequests(
      [copyIdsPlan(settings, 0, 5)],
      sheets([existing]),
      'me@example.org',
      'me@example.org',
    );
    expect(grown.requests[0]).toEqual({ deleteProtectedRange: { protectedRangeId: 5 } });
    expect(grown.requests[1].addProtectedRange!.protectedRange!.range!.endRowIndex).toBe(6);
    const none = protectionRequests(
      [copyIdsPlan(settings, 0, 0)],
      sheets([existing]),
      'me@example.org',
      'me@example.org',
    );
    expect(none.requests).toEqual([{ deleteProtectedRange: { protectedRangeId: 5 } }]);
    const warning = copyIdsPlan({ ...settings, warningOnly: true }, 2, 3);
    expect(warning).toMatchObject({ warningOnly: true, cells: { startColumnIndex: 2, endColumnIndex: 3 } });
  });
});
