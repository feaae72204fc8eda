/**
 * Khmer messages say what the English says: a Khmer text shortened to fit the bundle must not drop
 * the way out the English gives (the menu item to run) or the example it shows.
 */
import { MESSAGES } from '../../../src/i18n/messages';

const entries = Object.entries(MESSAGES) as [string, { en: string; km: string }][];
const menuItems = entries.filter(([key]) => /^menu\.[A-Za-z]+$/.test(key)).map(([, m]) => m);

describe('Khmer wording keeps the meaning', () => {
  test('a message that sends the reader to a menu item names it in Khmer too', () => {
    const missing: string[] = [];
    for (const [key, message] of entries)
      for (const item of menuItems)
        if (new RegExp(`(\\brun |")${item.en}\\b`, 'i').test(message.en) && !message.km.includes(item.km))
          missing.push(`${key}: ${item.km}`);
    expect(missing).toEqual([]);
  });

  test('the examples the English gives in Latin letters are in the Khmer too', () => {
    const missing: string[] = [];
    for (const [key, message] of entries) {
      // A time zone name (Asia/Phnom_Penh), a list of columns "(ID, Indicator, Kind, Source, ...)".
      const examples =
        message.en.match(/\b[A-Z][a-z]+\/[A-Za-z]+_[A-Za-z_]+\b|\((?:[A-Z][\w ]*, )+[^()]*\)/g) ?? [];
      for (const example of examples) if (!message.km.includes(example)) missing.push(`${key}: ${example}`);
    }
    expect(missing).toEqual([]);
  });

  test.each([
    // What the reader is told to do, or what the tool did instead, as the English says it.
    ['doc.noAttendance', 'អ្នកចូលរួម'],
    ['doc.problemsLeftOut', 'ID មួយ'],
    ['doc.outcomeNumber', 'លទ្ធផលរំពឹងទុក៖'],
    ['doc.reportPeriodReversed', 'មិនបង្ហាញរយៈពេល'],
    ['doc.linkNotOpened', 'ច្បាប់ទីពីរ'],
    ['doc.folderNotUsable', 'ដោយដៃ'],
    ['doc.noDocumentColumn', 'ឯកសារបានបង្កើត'],
    ['ind.noSourceSheet.fix', 'Source ផ្សេង'],
    ['ind.noRows.fix', 'គណនាម្តងទៀត'],
    ['ind.groupHeaders.fix', 'សញ្ញាក្បៀស'],
    ['ind.undated.fix', 'ជាកាលបរិច្ឆេទ'],
    ['ind.doesNotParse.fix', 'សញ្ញាសម្រង់'],
    ['filter.expectedPrimary', 'តង្កៀបការ៉េ'],
    ['filter.notDate', '១៥/០៧/២០២០'],
    ['sync.noIdColumn', 'ប្រមូលម្តងទៀត'],
    ['v.endBeforeStart.fix', '០៨:០០pm'],
    ['share.noReport', 'បង្កើតរបាយការណ៍វឌ្ឍនភាព'],
  ] as const)('%s says %s', (key, words) => {
    expect(MESSAGES[key].km).toContain(words);
  });
});
