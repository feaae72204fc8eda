/**
 * Why an indicator could not be computed, or computed with a warning (src/indicators): problems of
 * the Indicators sheet's definitions and of their filters. The filter language's words (and, or,
 * not, in, is blank, has Advocacy) and the workbook's column names stay as they are written.
 */
import type { Message } from '../message';

export const INDICATOR_MESSAGES = {
  // The Indicators sheet
  'ind.noSheet': { en: 'the workbook has no Indicators sheet', km: 'ឯកសារនេះគ្មានសន្លឹក Indicators ទេ' },
  'ind.noSheet.fix': {
    en: 'Add an Indicators sheet with one row per indicator (ID, Indicator, Kind, Source, ...).',
    km: 'សូមបន្ថែមសន្លឹក Indicators ដែលមានជួរដេកមួយសម្រាប់សូចនាករនីមួយៗ (ID, Indicator, Kind, Source, ...)។',
  },
  'ind.noColumn': {
    en: 'the Indicators sheet has no {column} column',
    km: 'សន្លឹក Indicators គ្មានជួរឈរ {column} ទេ',
  },
  'ind.noColumn.fix': {
    en: 'Add a {column} column to the header row.',
    km: 'សូមបន្ថែមជួរឈរ {column} ទៅជួរក្បាល។',
  },
  'ind.rowId': { en: 'row {row}', km: 'ជួរដេក {row}' },
  'ind.noId': { en: 'the indicator has no ID', km: 'សូចនាករនេះគ្មាន ID ទេ' },
  'ind.noId.fix': { en: 'Give it a unique ID such as IND-1.1.', km: 'សូមដាក់ ID តែមួយគត់ ដូចជា IND-១.១។' },
  'ind.duplicateId': { en: 'the ID {id} is used by an earlier row', km: 'ID {id} ត្រូវបានប្រើដោយជួរដេកមុនរួចហើយ' },
  'ind.duplicateId.fix': { en: 'Give each indicator its own ID.', km: 'សូមដាក់ ID ផ្ទាល់ខ្លួនឱ្យសូចនាករនីមួយៗ។' },
  'ind.unknownKind': { en: 'unknown kind "{kind}"', km: 'មិនស្គាល់ប្រភេទ "{kind}" ទេ' },
  'ind.noKind': { en: 'the Kind is blank', km: 'Kind នៅទទេ' },
  'ind.kind.fix': { en: 'Write count, sum or percent.', km: 'សូមសរសេរ count, sum ឬ percent។' },
  'ind.unknownSource': { en: 'unknown source "{source}"', km: 'មិនស្គាល់ប្រភព "{source}" ទេ' },
  'ind.noSource': { en: 'the Source is blank', km: 'Source នៅទទេ' },
  'ind.source.fix': {
    en: 'Write CBOs, Advocacy, Partners or Attendance.',
    km: 'សូមសរសេរ CBOs, Advocacy, Partners ឬ Attendance។',
  },
  'ind.badDate': { en: '{column} "{value}" is {reason}', km: '{column} "{value}" {reason}' },
  'ind.badDate.fix': {
    en: 'Write the date as 2020-07-15 or 15/07/2020.',
    km: 'សូមសរសេរកាលបរិច្ឆេទជា ២០២០-០៧-១៥ ឬ ១៥/០៧/២០២០។',
  },
  'ind.periodReversed': {
    en: 'the period ends ({end}) before it starts ({start})',
    km: 'រយៈពេលបញ្ចប់ ({end}) មុនពេលចាប់ផ្តើម ({start})',
  },
  'ind.periodReversed.fix': {
    en: 'Swap Period start and Period end.',
    km: 'សូមប្តូរ Period start និង Period end។',
  },
  'ind.notANumber': {
    en: '{column} "{value}" is not a number: the results and reports show no {column}',
    km: '{column} "{value}" មិនមែនជាលេខទេ៖ លទ្ធផល និងរបាយការណ៍មិនបង្ហាញ {column} ទេ',
  },
  'ind.notANumber.fix': {
    en: 'Write {column} as a number, e.g. 80.',
    km: 'សូមសរសេរ {column} ជាលេខ ឧទាហរណ៍ ៨០។',
  },
  'ind.badDecimals': {
    en: 'Decimals "{value}" is not a whole number from 0 to 10',
    km: 'Decimals "{value}" មិនមែនជាចំនួនគត់ពី ០ ដល់ ១០ ទេ',
  },
  'ind.badDecimals.fix': {
    en: 'Write 0, 1 or 2, or leave it blank.',
    km: 'សូមសរសេរ ០, ១ ឬ ២ ឬទុកវាឱ្យនៅទទេ។',
  },
  'ind.sumNeedsColumn': {
    en: 'a sum indicator needs the column to add up in Sum of',
    km: 'សូចនាករប្រភេទ sum ត្រូវការជួរឈរដែលត្រូវបូកនៅក្នុង Sum of',
  },
  'ind.sumNeedsColumn.fix': {
    en: 'Write the column in Sum of, e.g. Members.',
    km: 'សូមសរសេរជួរឈរនៅក្នុង Sum of ឧទាហរណ៍ Members។',
  },
  'ind.denominatorWithoutSum': {
    en: 'Denominator sum of is given but Sum of is blank',
    km: 'មាន Denominator sum of ប៉ុន្តែ Sum of នៅទទេ',
  },
  'ind.denominatorWithoutSum.fix': {
    en: 'Write the numerator column in Sum of, e.g. Women members.',
    km: 'សូមសរសេរជួរឈរភាគយកនៅក្នុង Sum of ឧទាហរណ៍ Women members។',
  },
  'ind.sumIgnored': { en: 'Sum of is ignored for a count', km: 'Sum of មិនត្រូវបានប្រើសម្រាប់ count ទេ' },
  'ind.sumIgnored.fix': { en: 'Use Kind sum to add up a column.', km: 'សូមប្រើ Kind sum ដើម្បីបូកជួរឈរមួយ។' },

  // Computing one indicator
  'ind.rows.CBOs': { en: 'CBOs', km: 'CBO' },
  'ind.rows.Advocacy': { en: 'advocacy actions', km: 'សកម្មភាពតស៊ូមតិ' },
  'ind.rows.Partners': { en: 'partners', km: 'ដៃគូ' },
  'ind.rows.Attendance': { en: 'participants', km: 'អ្នកចូលរួម' },
  'ind.noSourceSheet': { en: 'the workbook has no {sheet} sheet', km: 'ឯកសារនេះគ្មានសន្លឹក {sheet} ទេ' },
  'ind.noSourceSheet.fix': {
    en: 'Add the {sheet} sheet or choose another Source.',
    km: 'សូមបន្ថែមសន្លឹក {sheet} ឬជ្រើសរើស Source ផ្សេង។',
  },
  'ind.noKeyColumn': {
    en: 'the {sheet} sheet has no {column} column, so its {rows} cannot be counted',
    km: 'សន្លឹក {sheet} គ្មានជួរឈរ {column}៖ រាប់{rows}មិនបាន',
  },
  'ind.noKeyColumn.fix': {
    en: 'Add the {column} column to the header row of {sheet} (run Set up sheets).',
    km: 'សូមបន្ថែមជួរឈរ {column} ទៅជួរក្បាលនៃ {sheet} (ដំណើរការ "រៀបចំសន្លឹក")។',
  },
  'ind.noRows': {
    en: 'the {sheet} sheet has no data rows: {id} counts nothing',
    km: 'សន្លឹក {sheet} គ្មានជួរដេកទិន្នន័យទេ៖ {id} មិនរាប់អ្វីទេ',
  },
  'ind.noRows.fix': {
    en: 'Fill in {sheet} (one row per record under the header), then compute again.',
    km: 'សូមបំពេញ {sheet} (ជួរដេកមួយសម្រាប់កំណត់ត្រានីមួយៗនៅក្រោមក្បាល) រួចគណនាម្តងទៀត។',
  },
  'ind.doesNotParse': { en: '{column} does not parse: {error}', km: '{column} មិនអាចអានបានទេ៖ {error}' },
  'ind.doesNotParse.fix': {
    en: 'Write conditions like [Target] = "Yes" and [Members] >= 10; quote text with spaces.',
    km: 'សូមសរសេរលក្ខខណ្ឌដូចជា [Target] = "Yes" and [Members] >= ១០ ហើយដាក់អត្ថបទដែលមានដកឃ្លាក្នុងសញ្ញាសម្រង់។',
  },
  'ind.inColumn': { en: '{reason} in {column}', km: '{reason} នៅក្នុង {column}' },
  'ind.writeHeader.fix': {
    en: 'Write a header of the {sheet} sheet in square brackets.',
    km: 'សូមសរសេរក្បាលជួរឈរនៃ {sheet} ក្នុង [ ]។',
  },
  'ind.compareKind.fix': {
    en: 'Compare each column with a value of its kind.',
    km: 'សូមប្រៀបធៀបជាមួយតម្លៃប្រភេទដូចគ្នា។',
  },
  'ind.sumHeader.fix': { en: 'Write a header of the {sheet} sheet.', km: 'សូមសរសេរក្បាលជួរឈរនៃ {sheet}។' },
  'ind.notNumberColumn': {
    en: '{column} [{header}] is not a number column',
    km: '{column} [{header}] មិនមែនជាជួរឈរលេខទេ',
  },
  'ind.notNumberColumn.fix': {
    en: 'Choose a column of numbers, e.g. Members.',
    km: 'សូមជ្រើសរើសជួរឈរលេខ ឧទាហរណ៍ Members។',
  },
  'ind.groupHeaders.fix': {
    en: 'Write headers of the {sheet} sheet, separated by commas.',
    km: 'សូមសរសេរក្បាលជួរឈរនៃសន្លឹក {sheet} ដោយបំបែកដោយសញ្ញាក្បៀស។',
  },
  'ind.noDateColumn': {
    en: 'the {sheet} sheet has no {column} column to apply the period',
    km: 'សន្លឹក {sheet} គ្មានជួរឈរ {column} សម្រាប់រយៈពេល',
  },
  'ind.noDateColumn.fix': { en: 'Add the column or clear the period.', km: 'សូមបន្ថែមជួរឈរ ឬលុបរយៈពេល។' },
  'ind.undated': {
    en: '{count} {sheet} {count|row|rows} with no valid {column} left out of the period',
    km: 'ជួរដេក {count} នៃ {sheet} ដែលគ្មាន {column} ត្រឹមត្រូវ មិនត្រូវបានរាប់ក្នុងរយៈពេលទេ',
  },
  'ind.undated.fix': {
    en: 'Fill in {column} as a date in {sheet}.',
    km: 'សូមបំពេញ {column} ជាកាលបរិច្ឆេទក្នុង {sheet}។',
  },
  'ind.leftOut': {
    en: '{count} {count|row|rows} of {sheet} {count|was|were} not counted: Validate data finds errors in {columns} ({count|row|rows} {rows})',
    km: 'ជួរដេក {count} នៃ {sheet} មិនត្រូវបានរាប់ទេ៖ "ពិនិត្យទិន្នន័យ" រកឃើញកំហុសក្នុង {columns} (ជួរដេក {rows})',
  },
  'ind.leftOut.fix': {
    en: 'Fix the errors Validate data lists for these rows of {sheet}: once fixed, they are counted.',
    km: 'សូមកែកំហុសដែល "ពិនិត្យទិន្នន័យ" បង្ហាញសម្រាប់ជួរដេកទាំងនេះនៃ {sheet}៖ ពេលកែរួច ពួកវានឹងត្រូវបានរាប់។',
  },
  'ind.unreadable': {
    en: '{count} {count|row|rows} of {sheet} with values that could not be read {count|was|were} not counted ({count|row|rows} {rows})',
    km: 'ជួរដេក {count} នៃ {sheet} អានមិនបាន មិនបានរាប់ (ជួរដេក {rows})',
  },
  'ind.unreadable.fix': {
    en: 'Run Validate data to see which cells need fixing.',
    km: 'សូមដំណើរការ "ពិនិត្យទិន្នន័យ" ដើម្បីមើលក្រឡាដែលត្រូវកែ។',
  },
  'ind.zeroSum': {
    en: 'the {column} of the denominator rows add up to 0',
    km: '{column} នៃជួរដេកភាគបែងបូកបាន ០',
  },
  'ind.noDenominator': { en: 'no {rows}{filter}{period}', km: 'គ្មាន{rows}{filter}{period}' },
  'ind.noDenominator.filter': { en: ' match the Denominator filter', km: 'ដែលត្រូវនឹង Denominator filter' },
  'ind.noDenominator.period': { en: ' in the period', km: 'ក្នុងរយៈពេលនេះ' },

  // Indicator results and Indicator rows
  'ind.part.numerator': { en: 'Numerator', km: 'ភាគយក' },
  'ind.part.denominator': { en: 'Denominator', km: 'ភាគបែង' },
  'ind.notListed': {
    en: '… {count} more rows not listed (at most {listed} are)',
    km: '… ជួរដេក {count} ទៀតមិនត្រូវបានរាយទេ (រាយបានច្រើនបំផុត {listed})',
  },

  // Filters
  'filter.at': { en: '{detail} at character {position}', km: '{detail} នៅតួអក្សរទី {position}' },
  'filter.end': { en: 'the end of the filter', km: 'ចុងបញ្ចប់នៃតម្រង' },
  'filter.unclosedBracket': { en: 'unclosed bracket [', km: 'តង្កៀប [ មិនត្រូវបានបិទ' },
  'filter.emptyColumn': { en: 'empty column name []', km: 'ឈ្មោះជួរឈរទទេ []' },
  'filter.strayBracket': { en: '] without an opening [', km: '] ដែលគ្មាន [ បើក' },
  'filter.unclosedQuote': { en: 'unclosed quote {quote}', km: 'សញ្ញាសម្រង់ {quote} មិនត្រូវបានបិទ' },
  'filter.bang': { en: 'unexpected ! (write != or not)', km: '! មិនត្រឹមត្រូវ (សូមសរសេរ != ឬ not)' },
  'filter.empty': { en: 'the filter is empty', km: 'តម្រងនៅទទេ' },
  'filter.expectedEnd': {
    en: 'expected and, or or the end of the filter, found {found}',
    km: 'រំពឹង and, or ឬចុងតម្រង តែឃើញ {found}',
  },
  'filter.expectedClose': {
    en: 'expected ) to close the ( at character {position}, found {found}',
    km: 'រំពឹង ) សម្រាប់ ( នៅតួអក្សរទី {position} តែឃើញ {found}',
  },
  'filter.expectedAdvocacy': { en: 'expected Advocacy after has', km: 'រំពឹងថាមាន Advocacy បន្ទាប់ពី has' },
  'filter.expectedCondition': { en: 'expected a condition', km: 'រំពឹងថាមានលក្ខខណ្ឌមួយ' },
  'filter.expectedPrimary': {
    en: 'expected a [Column], has, not or ( but found {found} (columns are written in square brackets)',
    km: 'រំពឹងថាមាន [Column], has, not ឬ ( ប៉ុន្តែឃើញ {found} (ជួរឈរត្រូវសរសេរក្នុងតង្កៀបការ៉េ)',
  },
  'filter.expectedBlank': { en: 'expected blank after is{not}', km: 'រំពឹងថាមាន blank បន្ទាប់ពី is{not}' },
  'filter.expectedOpen': { en: 'expected ( after in', km: 'រំពឹងថាមាន ( បន្ទាប់ពី in' },
  'filter.expectedListEnd': {
    en: 'expected , or ) to close the list opened at character {position}, found {found}',
    km: 'រំពឹង , ឬ ) សម្រាប់បញ្ជីនៅតួអក្សរទី {position} តែឃើញ {found}',
  },
  'filter.expectedOperator': {
    en: 'expected =, !=, <, <=, >, >=, in or is after [{column}], found {found}',
    km: 'រំពឹង =, !=, <, <=, >, >=, in ឬ is បន្ទាប់ពី [{column}] តែឃើញ {found}',
  },
  'filter.expectedValue.after': { en: 'expected a value after {token}', km: 'រំពឹងថាមានតម្លៃមួយបន្ទាប់ពី {token}' },
  'filter.expectedValue.list': { en: 'expected a value in the list', km: 'រំពឹងថាមានតម្លៃមួយនៅក្នុងបញ្ជី' },
  'filter.unknownColumn': { en: 'unknown column [{column}]', km: 'មិនស្គាល់ជួរឈរ [{column}] ទេ' },
  'filter.unknownColumnNoHeader': {
    en: 'unknown column [{column}] (the {sheet} sheet has no such header)',
    km: 'មិនស្គាល់ជួរឈរ [{column}] ក្នុង {sheet}',
  },
  'filter.didYouMean': {
    en: '{reason} — did you mean [{suggestion}]?',
    km: '{reason} — តើអ្នកចង់សំដៅលើ [{suggestion}] ឬ?',
  },
  'filter.notNumber': {
    en: '[{column}] holds numbers: "{value}" is not a number (at character {position})',
    km: '[{column}]៖ "{value}" មិនមែនជាលេខ (តួអក្សរទី {position})',
  },
  'filter.notDate': {
    en: '[{column}] holds dates: write "{value}" as 2020-07-15 or 15/07/2020 (at character {position})',
    km: '[{column}] មានកាលបរិច្ឆេទ៖ សូមសរសេរ "{value}" ជា ២០២០-០៧-១៥ ឬ ១៥/០៧/២០២០ (នៅតួអក្សរទី {position})',
  },
  'filter.notYesNo': {
    en: '[{column}] is a Yes/No column: compare it with Yes or No (at character {position})',
    km: '[{column}]៖ ប្រៀបធៀបជាមួយ Yes ឬ No (តួអក្សរទី {position})',
  },
  'filter.yesNoOrder': {
    en: '{operator} cannot compare Yes/No values (use = or !=)',
    km: '{operator} មិនអាចប្រៀបធៀបតម្លៃ Yes/No បានទេ (សូមប្រើ = ឬ !=)',
  },
  'filter.hasOnlyAdvocacy': {
    en: 'has only knows Advocacy ("has {what}" at character {position})',
    km: 'has ស្គាល់តែ Advocacy ("has {what}" តួអក្សរទី {position})',
  },
  'filter.hasNeedsCbos': {
    en: 'has Advocacy only works when the Source is CBOs (at character {position})',
    km: 'has Advocacy ប្រើបានតែ Source CBOs (តួអក្សរទី {position})',
  },
} satisfies Record<string, Message>;
