/**
 * Validation problems and their fixes. Sheet and column names stay as the workbook spells them
 * (people find them by those names); {value} is the cell as typed.
 */
import type { Message } from '../message';

export const VALIDATION_MESSAGES = {
  'severity.error': { en: 'Error', km: 'កំហុស' },
  'severity.warning': { en: 'Warning', km: 'ការព្រមាន' },
  /** One problem on one line of an alert: "Error: Meetings row 4, Date: not a date (value: 31/02/2017)". */
  'problem.line': {
    en: '{severity}: {place}: {message}{value}',
    km: '{severity}៖ {place}៖ {message}{value}',
  },
  'problem.row': { en: 'row {row}', km: 'ជួរដេក {row}' },
  /** The Validation sheet's link to a problem's cell (Khmer; English shows the A1 address). */
  'v.linkLabel': { en: '{sheet} row {row}', km: '{sheet} ជួរដេក {row}' },
  'problem.value': { en: ' (value: {value})', km: ' (តម្លៃ៖ {value})' },

  'v.noPlaces': {
    en: 'The Geography sheet lists no places, so no Province or District can be checked.',
    km: 'សន្លឹក Geography មិនមានទីកន្លែងណាមួយទេ ដូច្នេះមិនអាចពិនិត្យ Province ឬ District បានទេ។',
  },
  'v.noPlaces.fix': {
    en: 'Fill in Geography: one row per commune (or per district) with its Province and District.',
    km: 'សូមបំពេញ Geography៖ មួយជួរដេកក្នុងមួយឃុំ (ឬមួយស្រុក) ជាមួយ Province និង District របស់វា។',
  },
  'v.missingSheet': {
    en: 'The workbook has no sheet named "{sheet}"; CBO Tracker needs it.',
    km: 'ឯកសារនេះគ្មានសន្លឹកឈ្មោះ "{sheet}" ទេ៖ CBO Tracker ត្រូវការវា។',
  },
  'v.missingSheet.referred': {
    en: 'The workbook has no sheet named "{sheet}"; {from} refers to it in {column}.',
    km: 'ឯកសារនេះគ្មានសន្លឹកឈ្មោះ "{sheet}" ទេ៖ សន្លឹក {from} យោងទៅវានៅក្នុងជួរឈរ {column}។',
  },
  'v.missingSheet.fix': {
    en: 'Add a sheet named "{sheet}" with the headers of the workbook contract (or rename the sheet that holds this data).',
    km: 'សូមបន្ថែមសន្លឹកឈ្មោះ "{sheet}" ដែលមានក្បាលជួរឈរតាមកិច្ចសន្យានៃឯកសារ (ឬប្តូរឈ្មោះសន្លឹកដែលមានទិន្នន័យនេះ)។',
  },
  'v.duplicateListValue': {
    en: '"{value}" is already in the {list} list (row {first}).',
    km: '"{value}" មាននៅក្នុងបញ្ជី {list} រួចហើយ (ជួរដេក {first})។',
  },
  'v.duplicateListValue.fix': {
    en: 'Delete one of the two so that each value is listed once.',
    km: 'សូមលុបមួយក្នុងចំណោមពីរ ដើម្បីឲ្យតម្លៃនីមួយៗមានតែម្តង។',
  },
  'v.headersBelow': {
    en: 'The {count|header|headers} {headers} {count|is|are} on row {row}, but CBO Tracker reads the headers of {sheet} from row 1 only.',
    km: 'ក្បាលជួរឈរ {headers} ស្ថិតនៅជួរដេក {row} ប៉ុន្តែ CBO Tracker អានក្បាលជួរឈររបស់ {sheet} ពីជួរដេកទី ១ តែប៉ុណ្ណោះ។',
  },
  'v.headersBelow.fix': {
    en: 'Move the headers to row 1: delete the title rows above them, or unmerge the header cells and type each header in row 1.',
    km: 'សូមផ្លាស់ក្បាលជួរឈរទៅជួរដេកទី ១៖ លុបជួរដេកចំណងជើងខាងលើ ឬបំបែកក្រឡាក្បាលដែលបានបញ្ចូលគ្នា ហើយវាយក្បាលនីមួយៗនៅជួរដេកទី ១។',
  },
  'v.noColumn': {
    en: 'The {sheet} sheet has no "{column}" column; it is required.',
    km: 'សន្លឹក {sheet} គ្មានជួរឈរ "{column}" ទេ៖ ជួរឈរនេះត្រូវតែមាន។',
  },
  'v.noColumn.fix': {
    en: 'Add a column with the header "{column}" in row 1 (or correct the spelling of its header).',
    km: 'សូមបន្ថែមជួរឈរដែលមានក្បាល "{column}" នៅជួរដេកទី ១ (ឬកែអក្ខរាវិរុទ្ធនៃក្បាលរបស់វា)។',
  },
  'v.duplicateColumn': {
    en: 'The column "{column}" appears twice (columns {first} and {second}); only column {first} is read.',
    km: 'ជួរឈរ "{column}" មានពីរដង (ជួរឈរ {first} និង {second})៖ មានតែជួរឈរ {first} ប៉ុណ្ណោះដែលត្រូវបានអាន។',
  },
  'v.duplicateColumn.fix': {
    en: 'Rename or delete one of the two columns.',
    km: 'សូមប្តូរឈ្មោះ ឬលុបជួរឈរមួយក្នុងចំណោមជួរឈរទាំងពីរ។',
  },
  'v.duplicateId': {
    en: '{column} "{value}" is already used on row {first}; each {column} must be unique.',
    km: '{column} "{value}" ត្រូវបានប្រើរួចហើយនៅជួរដេក {first}៖ {column} នីមួយៗមិនត្រូវដដែលគ្នាទេ។',
  },
  'v.duplicateId.fix': {
    en: 'Give this row its own {column}, or delete the row if it repeats row {first}.',
    km: 'សូមផ្តល់ {column} ផ្ទាល់ខ្លួនដល់ជួរដេកនេះ ឬលុបជួរដេកនេះ ប្រសិនបើវាដដែលនឹងជួរដេក {first}។',
  },
  'v.duplicateId.keepFirst': {
    en: 'Keep one row for {value}: the first (row {first}) is used.',
    km: 'សូមរក្សាជួរដេកតែមួយសម្រាប់ {value}៖ ជួរដេកទីមួយ (ជួរដេក {first}) ត្រូវបានប្រើ។',
  },
  'v.required': { en: '{column} is empty; it is required.', km: '{column} នៅទទេ៖ ត្រូវតែបំពេញ។' },
  'v.required.fix': { en: 'Fill in {column}.', km: 'សូមបំពេញ {column}។' },
  'v.notWhole': {
    en: '{column} "{value}" is not a whole number.',
    km: '{column} "{value}" មិនមែនជាចំនួនគត់ទេ។',
  },
  'v.notWhole.fix': {
    en: 'Type a whole number, without a fraction.',
    km: 'សូមវាយចំនួនគត់ ដោយគ្មានខ្ទង់ទសភាគ។',
  },
  'v.notNumber': { en: '{column} "{value}" is not a number.', km: '{column} "{value}" មិនមែនជាលេខទេ។' },
  'v.notNumber.fix': {
    en: 'Type a number in digits, e.g. 12 (Khmer digits are fine).',
    km: 'សូមវាយលេខជាខ្ទង់ ឧទាហរណ៍ ១២ (លេខខ្មែរ ឬលេខឡាតាំងក៏បាន)។',
  },
  'v.outOfRange': {
    en: '{column} "{value}" is out of range: it must be {range}.',
    km: '{column} "{value}" ហួសដែនកំណត់៖ ត្រូវតែ {range}។',
  },
  'v.outOfRange.fix': { en: 'Type a number {range}.', km: 'សូមវាយលេខ {range}។' },
  'v.range.min': { en: '{min} or more', km: '{min} ឬច្រើនជាងនេះ' },
  'v.range.max': { en: '{max} or less', km: '{max} ឬតិចជាងនេះ' },
  'v.range.both': { en: 'from {min} to {max}', km: 'ពី {min} ដល់ {max}' },
  'v.notDate': {
    en: '{column} "{value}" is not a date.',
    km: '{column} "{value}" មិនមែនជាកាលបរិច្ឆេទទេ។',
  },
  'v.notDate.fix': {
    en: 'Type the date as 2020-07-15 or 15/07/2020 (day/month/year), or pick it from the calendar.',
    km: 'សូមវាយកាលបរិច្ឆេទជា ២០២០-០៧-១៥ ឬ ១៥/០៧/២០២០ (ថ្ងៃ/ខែ/ឆ្នាំ) ឬជ្រើសរើសពីប្រតិទិន។',
  },
  'v.futureDate': {
    en: '{column} "{value}" is in the future.',
    km: '{column} "{value}" ជាកាលបរិច្ឆេទនាពេលអនាគត។',
  },
  'v.futureDate.fix': {
    en: 'Check the date: it must be today ({today}) or earlier. Dates are day/month/year.',
    km: 'សូមពិនិត្យកាលបរិច្ឆេទ៖ វាត្រូវតែជាថ្ងៃនេះ ({today}) ឬមុននេះ។ កាលបរិច្ឆេទសរសេរជា ថ្ងៃ/ខែ/ឆ្នាំ។',
  },
  'v.notYesNo': {
    en: '{column} "{value}" is not Yes or No.',
    km: '{column} "{value}" មិនមែនជា បាទ/ចាស ឬ ទេ ឡើយ។',
  },
  'v.notYesNo.fix': {
    en: 'Type Yes or No (or tick the checkbox).',
    km: 'សូមវាយ បាទ/ចាស ឬ ទេ (បាទ ចាស Yes ឬ No ក៏បាន) ឬធីកប្រអប់។',
  },
  'v.readAs': {
    en: '{column} "{value}" is read as "{canonical}".',
    km: '{column} "{value}" ត្រូវបានអានថា "{canonical}"។',
  },
  'v.spelled': {
    en: '{column} "{value}" is spelled "{canonical}" in {where}.',
    km: '{column} "{value}" ត្រូវបានសរសេរថា "{canonical}" នៅក្នុង {where}។',
  },
  'v.write': { en: 'Write "{canonical}".', km: 'សូមសរសេរ "{canonical}"។' },
  'v.where.list': { en: 'the {list} list', km: 'បញ្ជី {list}' },
  'v.where.choices': { en: 'the allowed values of {column}', km: 'តម្លៃដែលអនុញ្ញាតនៃ {column}' },
  'v.notInList': {
    en: '{column} "{value}" is not in {where}.',
    km: '{column} "{value}" មិនមាននៅក្នុង {where} ទេ។',
  },
  'v.didYouMean': { en: 'Did you mean "{suggestion}"?', km: 'តើអ្នកចង់សំដៅលើ "{suggestion}" ឬ?' },
  'v.suggestThen': { en: 'Did you mean "{suggestion}"? ', km: 'តើអ្នកចង់សំដៅលើ "{suggestion}" ឬ? ' },
  /** Two sentences of a fix, one after the other. */
  'v.then': { en: '{first} {then}', km: '{first} {then}' },
  /** Values one after the other ("Female, Male, Other"), each said in the reader's language. */
  'text.list': { en: '{first}, {rest}', km: '{first}, {rest}' },
  'v.useList': {
    en: 'Use a value of Lists › {list} ({values}), or add "{value}" to that list.',
    km: 'សូមប្រើតម្លៃមួយនៃ Lists › {list} ({values}) ឬបន្ថែម "{value}" ទៅក្នុងបញ្ជីនោះ។',
  },
  'v.useEmptyList': {
    en: 'Use a value of Lists › {list}, or add "{value}" to that list.',
    km: 'សូមប្រើតម្លៃមួយនៃ Lists › {list} ឬបន្ថែម "{value}" ទៅក្នុងបញ្ជីនោះ។',
  },
  'v.useChoices': { en: 'Use one of: {values}.', km: 'សូមប្រើតម្លៃមួយក្នុងចំណោម៖ {values}។' },
  'v.listMissing': {
    en: 'The Lists sheet has no "{list}" column, so {list} values cannot be checked.',
    km: 'សន្លឹក Lists គ្មានជួរឈរ "{list}" ទេ ដូច្នេះតម្លៃ {list} មិនអាចពិនិត្យបានទេ។',
  },
  'v.listMissing.fix': {
    en: 'Add a column "{list}" to Lists with the allowed values, one per row.',
    km: 'សូមបន្ថែមជួរឈរ "{list}" ទៅក្នុង Lists ដោយដាក់តម្លៃដែលអនុញ្ញាត មួយក្នុងមួយជួរដេក។',
  },
  'v.aboveMembers': {
    en: '{column} ({value}) is more than Members ({members}).',
    km: '{column} ({value}) ច្រើនជាង Members ({members})។',
  },
  'v.womenAbove.fix': {
    en: 'Check both numbers: women members are counted among the Members, so there cannot be more of them.',
    km: 'សូមពិនិត្យលេខទាំងពីរ៖ សមាជិកស្ត្រីត្រូវបានរាប់ក្នុងចំណោម Members ដូច្នេះមិនអាចមានច្រើនជាងនោះទេ។',
  },
  'v.youthAbove.fix': {
    en: 'Check both numbers: youth members are counted among the Members, so there cannot be more of them.',
    km: 'សូមពិនិត្យលេខទាំងពីរ៖ សមាជិកយុវជនត្រូវបានរាប់ក្នុងចំណោម Members ដូច្នេះមិនអាចមានច្រើនជាងនោះទេ។',
  },
  'v.mouEnd': {
    en: 'MoU end {end} is before MoU start {start}.',
    km: 'MoU end {end} មុន MoU start {start}។',
  },
  'v.mouEnd.fix': {
    en: 'Check both dates (day/month/year): the MoU must end after it starts.',
    km: 'សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ (ថ្ងៃ/ខែ/ឆ្នាំ)៖ MoU ត្រូវតែបញ្ចប់ក្រោយពេលចាប់ផ្តើម។',
  },
  'v.endBeforeStart': {
    en: 'The meeting would start at {start} and end at {end}, before it starts.',
    km: 'កិច្ចប្រជុំនឹងចាប់ផ្តើមនៅម៉ោង {start} ហើយបញ្ចប់នៅម៉ោង {end} មុនពេលចាប់ផ្តើម។',
  },
  'v.endBeforeStart.fix': {
    en: 'Check am/pm: a morning meeting is 08:00 or 08:00am, not 08:00pm. The minutes show the times as typed.',
    km: 'សូមពិនិត្យ am/pm៖ កិច្ចប្រជុំពេលព្រឹកគឺ ០៨:០០ ឬ ០៨:០០am មិនមែន ០៨:០០pm ទេ។ កំណត់ហេតុបង្ហាញម៉ោងដូចដែលបានវាយបញ្ចូល។',
  },
  'v.exitStrategy': {
    en: 'This partner has an MoU (start {start}) but no Exit strategy.',
    km: 'ដៃគូនេះមាន MoU (ចាប់ផ្តើម {start}) ប៉ុន្តែគ្មាន Exit strategy ទេ។',
  },
  'v.exitStrategy.fix': {
    en: 'Describe the exit strategy agreed in the MoU: a partnership MoU must carry one.',
    km: 'សូមរៀបរាប់យុទ្ធសាស្ត្របញ្ចប់ដែលបានព្រមព្រៀងក្នុង MoU៖ MoU ភាពជាដៃគូត្រូវតែមានយុទ្ធសាស្ត្របញ្ចប់។',
  },
  'v.duplicateGeography': {
    en: '{names} is already listed on row {first}.',
    km: '{names} មាននៅក្នុងបញ្ជីរួចហើយនៅជួរដេក {first}។',
  },
  'v.duplicateGeography.fix': {
    en: 'Delete this row or correct it: each Province, District and Commune is listed once.',
    km: 'សូមលុប ឬកែជួរដេកនេះ៖ Province, District និង Commune នីមួយៗត្រូវមានតែម្តង។',
  },
  'v.unknownReference': {
    en: '{column} "{value}" is not a {key} in the {target} sheet.',
    km: '{column} "{value}" មិនមែនជា {key} នៅក្នុងសន្លឹក {target} ទេ។',
  },
  'v.unknownReference.fix': {
    en: '{suggest}Use a {key} of {target}, or add this {what} there first.',
    km: '{suggest}សូមប្រើ {key} មួយនៃ {target} ឬបន្ថែម {what} នេះទៅទីនោះជាមុនសិន។',
  },
  'v.what.partner': { en: 'partner', km: 'ដៃគូ' },
  'v.what.CBO': { en: 'CBO', km: 'CBO' },
  'v.what.meeting': { en: 'meeting', km: 'កិច្ចប្រជុំ' },
  'v.what.project': { en: 'project', km: 'គម្រោង' },
  'v.unknownProvince': {
    en: '"{value}" is not a province in Geography.',
    km: '"{value}" មិនមែនជាខេត្តនៅក្នុង Geography ទេ។',
  },
  'v.unknownProvince.fix': {
    en: 'Use a Province of the Geography sheet (English or Khmer name), or add it to Geography.',
    km: 'សូមប្រើ Province មួយនៃសន្លឹក Geography (ឈ្មោះអង់គ្លេស ឬខ្មែរ) ឬបន្ថែមវាទៅក្នុង Geography។',
  },
  'v.districtNotInProvince': {
    en: 'District "{value}" is not in {province}; Geography has it in {provinces}.',
    km: 'District "{value}" មិនស្ថិតនៅក្នុង {province} ទេ៖ Geography ដាក់វានៅក្នុង {provinces}។',
  },
  'v.districtNotInProvince.fix': {
    en: 'Check the Province and the District: {district} is in {first}.',
    km: 'សូមពិនិត្យ Province និង District៖ {district} ស្ថិតនៅក្នុង {first}។',
  },
  'v.unknownDistrictOf': {
    en: '"{value}" is not a district of {province} in Geography.',
    km: '"{value}" មិនមែនជាស្រុកនៃ {province} នៅក្នុង Geography ទេ។',
  },
  'v.unknownDistrictOf.fix': {
    en: 'Use a district of {province}: {values}.',
    km: 'សូមប្រើស្រុកមួយនៃ {province}៖ {values}។',
  },
  'v.unknownDistrict': {
    en: '"{value}" is not a district in Geography.',
    km: '"{value}" មិនមែនជាស្រុកនៅក្នុង Geography ទេ។',
  },
  'v.unknownDistrict.fix': {
    en: 'Use a District of the Geography sheet (English or Khmer name).',
    km: 'សូមប្រើ District មួយនៃសន្លឹក Geography (ឈ្មោះអង់គ្លេស ឬខ្មែរ)។',
  },
  'v.communeNotInDistrict': {
    en: 'Commune "{value}" is not in {district} district; Geography has it in {districts}.',
    km: 'Commune "{value}" មិនស្ថិតនៅក្នុងស្រុក {district} ទេ៖ Geography ដាក់វានៅក្នុង {districts}។',
  },
  'v.communeNotInDistrict.fix': {
    en: 'Check the District and the Commune, or use a commune of {district}: {values}.',
    km: 'សូមពិនិត្យ District និង Commune ឬប្រើឃុំមួយនៃ {district}៖ {values}។',
  },
  'v.unknownCommune': {
    en: '"{value}" is not a commune of {district} district in Geography.',
    km: '"{value}" មិនមែនជាឃុំនៃស្រុក {district} នៅក្នុង Geography ទេ។',
  },
  'v.unknownCommune.fix': {
    en: 'Use a commune of {district}: {values}, or leave Commune empty.',
    km: 'សូមប្រើឃុំមួយនៃ {district}៖ {values} ឬទុក Commune ឲ្យនៅទទេ។',
  },
  'v.language': {
    en: 'Language "{value}" is not a language CBO Tracker knows.',
    km: 'Language "{value}" មិនមែនជាភាសាដែល CBO Tracker ស្គាល់ទេ។',
  },
  'v.language.fix': { en: 'Type en (English) or km (Khmer).', km: 'សូមវាយ en (អង់គ្លេស) ឬ km (ខ្មែរ)។' },
  'v.timeZone': {
    en: 'Time zone "{value}" is not a time zone name.',
    km: 'Time zone "{value}" មិនមែនជាឈ្មោះតំបន់ម៉ោងទេ។',
  },
  'v.timeZone.fix': {
    en: 'Type a time zone such as Asia/Phnom_Penh.',
    km: 'សូមវាយតំបន់ម៉ោងមួយ ដូចជា Asia/Phnom_Penh។',
  },
  'v.shareYesNo': {
    en: 'Share reports with partners "{value}" is not Yes or No.',
    km: 'Share reports with partners "{value}" មិនមែនជា Yes ឬ No ទេ។',
  },
  'v.shareYesNo.fix': { en: 'Type Yes or No.', km: 'សូមវាយ Yes ឬ No។' },
  'v.invalidEmail': {
    en: '{column} "{value}" is not an e-mail address.',
    km: '{column} "{value}" មិនមែនជាអាសយដ្ឋានអ៊ីមែលទេ។',
  },
  'v.invalidEmail.many': {
    en: 'Type e-mail addresses like name@example.org, separated by commas.',
    km: 'សូមវាយអាសយដ្ឋានអ៊ីមែលដូចជា name@example.org ដោយបំបែកដោយសញ្ញាក្បៀស។',
  },
  'v.invalidEmail.one': {
    en: 'Type one e-mail address like name@example.org.',
    km: 'សូមវាយអាសយដ្ឋានអ៊ីមែលតែមួយ ដូចជា name@example.org។',
  },
  'v.phoneAsNumber': {
    en: 'Phone {digits} was stored as a number, so its leading 0 is lost.',
    km: 'Phone {digits} ត្រូវបានរក្សាទុកជាលេខ ដូច្នេះលេខ ០ ខាងមុខបានបាត់។',
  },
  'v.phoneAsNumber.fix': {
    en: 'Format the Phone column as plain text and type 0{digits}.',
    km: 'សូមកំណត់ទម្រង់ជួរឈរ Phone ជាអត្ថបទ ហើយវាយ ០{digits}។',
  },
  'v.invalidPhone': {
    en: '{column} "{value}" is not a Cambodian phone number.',
    km: '{column} "{value}" មិនមែនជាលេខទូរស័ព្ទកម្ពុជាទេ។',
  },
  'v.invalidPhone.fix': {
    en: 'Type it as 0XX XXX XXX or +855 XX XXX XXX (8 or 9 digits after the 0 or +855).',
    km: 'សូមវាយជា ០XX XXX XXX ឬ +៨៥៥ XX XXX XXX (លេខ ៨ ឬ ៩ ខ្ទង់ បន្ទាប់ពី ០ ឬ +៨៥៥)។',
  },
  'v.notKhmer': {
    en: '{column} "{value}" is not written in Khmer script.',
    km: '{column} "{value}" មិនត្រូវបានសរសេរជាអក្សរខ្មែរទេ។',
  },
  'v.notKhmer.fix': {
    en: 'Type the name in Khmer, or leave {column} empty.',
    km: 'សូមវាយឈ្មោះជាភាសាខ្មែរ ឬទុក {column} ឲ្យនៅទទេ។',
  },
} as const satisfies Record<string, Message>;
