import { formatDate } from '../../../src/offline/services/format-date';

describe('Utilities.formatDate patterns', () => {
  // 2020-07-15 09:05:03.007 in Phnom Penh (UTC+7).
  const instant = new Date('2020-07-15T02:05:03.007Z');

  it.each([
    ['yyyy-MM-dd', '2020-07-15'],
    ['yy/M/d', '20/7/15'],
    ['dd MMMM yyyy', '15 July 2020'],
    ['d MMM yyyy', '15 Jul 2020'],
    ['EEEE, EEE', 'Wednesday, Wed'],
    ['HH:mm:ss', '09:05:03'],
    ['H:mm', '9:05'],
    ['hh:mm a', '09:05 AM'],
    ['h a', '9 AM'],
    ['z Z', 'ICT +0700'],
    ["'Printed on' d MMMM", 'Printed on 15 July'],
    ["h 'o''clock'", "9 o'clock"],
    ["''yy", "'20"],
    ['SSS', '007'],
  ])('%s', (pattern, expected) => {
    expect(formatDate(instant, 'Asia/Phnom_Penh', pattern)).toBe(expected);
  });

  it('uses the given time zone, including daylight saving and fixed offsets', () => {
    expect(formatDate(instant, 'UTC', 'yyyy-MM-dd HH:mm z')).toBe('2020-07-15 02:05 UTC');
    expect(formatDate(instant, 'America/New_York', 'yyyy-MM-dd HH:mm Z')).toBe('2020-07-14 22:05 -0400');
    expect(formatDate(new Date('2020-01-15T02:05:00Z'), 'America/New_York', 'HH:mm Z')).toBe('21:05 -0500');
    expect(formatDate(instant, 'GMT+7', 'HH:mm')).toBe('09:05');
    expect(formatDate(new Date('2020-07-14T17:00:00Z'), 'Asia/Phnom_Penh', 'yyyy-MM-dd HH:mm')).toBe(
      '2020-07-15 00:00',
    );
  });

  it('12-hour clock around midnight and noon', () => {
    expect(formatDate(new Date('2020-07-14T17:30:00Z'), 'Asia/Phnom_Penh', 'hh:mm a')).toBe('12:30 AM');
    expect(formatDate(new Date('2020-07-15T05:30:00Z'), 'Asia/Phnom_Penh', 'h:mm a')).toBe('12:30 PM');
  });

  it('rejects unknown pattern letters and time zones', () => {
    expect(() => formatDate(instant, 'Asia/Phnom_Penh', 'yyyy-qq')).toThrow(/illegal pattern character 'q'/);
    expect(() => formatDate(instant, 'Mars/Olympus', 'yyyy')).toThrow(/timeZone/);
  });
});
