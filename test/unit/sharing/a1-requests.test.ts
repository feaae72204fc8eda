/** A1 notation in Sheets API requests: one helper (workbook/a1) for every range the requests name. */
import { a1Of } from '../../../src/sheets/requests';
import { validationRequest } from '../../../src/sharing/setup/requests';
import { a1, columnLetter } from '../../../src/workbook/a1';

test('columns past Z take two and three letters', () => {
  expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
    'A',
    'Z',
    'AA',
    'AB',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
  ]);
  expect(a1(12, 4)).toBe('D12');
});

test('a range of a sheet: the name quoted (a quote doubled), first and last cell', () => {
  expect(a1Of('CBOs', 2, 6, 10, 1)).toBe("'CBOs'!F2:F11");
  expect(a1Of("Partner's notes", 1, 26, 1, 3)).toBe("'Partner''s notes'!Z1:AB1");
});

test("a dropdown from another sheet's column names that column open-ended, past Z too", () => {
  const info = { sheetId: 7, title: 'CBOs', rowCount: 100, columnCount: 30, protectedRanges: [] };
  const request = (column: number) =>
    validationRequest(
      {
        sheet: 'CBOs',
        header: 'Sector',
        column: 8,
        source: { type: 'range', sheet: 'Lists', column, header: 'Sector' },
        helpText: '',
      },
      info,
      undefined,
    )?.setDataValidation?.rule?.condition?.values?.[0]?.userEnteredValue;
  expect(request(1)).toBe("='Lists'!$A$2:$A");
  expect(request(28)).toBe("='Lists'!$AB$2:$AB");
});
