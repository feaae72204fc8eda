/**
 * Problems found while making minutes and progress reports (src/documents): a row, a setting, a
 * template tag or a cited indicator that keeps a document from being what the workbook says.
 * Sheet and column names stay as the workbook spells them; menu items are named as the menu does.
 */
import type { Message } from '../message';

export const DOCUMENT_PROBLEM_MESSAGES = {
  /** Text said as it is (a message no catalogue has, e.g. an error of a service). */
  'text.as': { en: '{text}', km: '{text}' },
  /** "IND-2: the Kind is blank". */
  'text.labelled': { en: '{label}: {text}', km: '{label}៖ {text}' },
  'doc.noSheet': { en: 'The workbook has no {sheet} sheet', km: 'ឯកសារនេះគ្មានសន្លឹក {sheet} ទេ' },
  'doc.noSheet.fix': {
    en: 'Add the {sheet} sheet (CBO Tracker › Set up sheets).',
    km: 'សូមបន្ថែមសន្លឹក {sheet} (CBO Tracker › រៀបចំសន្លឹក)។',
  },
  'doc.noRow': { en: 'No {thing} with {column} "{id}"', km: 'គ្មាន{thing}ដែលមាន {column} "{id}" ទេ' },
  'doc.noRow.fix': {
    en: 'Check the {column} against the {sheet} sheet.',
    km: 'សូមផ្ទៀងផ្ទាត់ {column} ជាមួយសន្លឹក {sheet}។',
  },
  'doc.thing.meeting': { en: 'meeting', km: 'កិច្ចប្រជុំ' },
  'doc.thing.project': { en: 'project', km: 'គម្រោង' },
  'doc.nothing': { en: 'No {column} to generate', km: 'គ្មាន {column} សម្រាប់បង្កើតទេ' },
  'doc.required': { en: '{column} is required and is blank', km: '{column} ត្រូវតែបំពេញ ប៉ុន្តែនៅទទេ' },
  'doc.itemLeftOut': { en: '{message}: the item is left out', km: '{message}៖ ធាតុនេះមិនត្រូវបានដាក់បញ្ចូលទេ' },
  'doc.pointLeftOut': { en: '{message}: the point is left out', km: '{message}៖ ចំណុចនេះមិនត្រូវបានដាក់បញ្ចូលទេ' },
  'doc.duplicateMeeting': {
    en: 'Meeting ID repeats row {row}; the minutes use row {row}',
    km: 'Meeting ID ស្ទួននឹងជួរដេក {row}៖ កំណត់ហេតុប្រើជួរដេក {row}',
  },
  'doc.noAttendance': {
    en: 'No Attendance rows for meeting {id}: the minutes show no participants',
    km: 'គ្មានជួរដេក Attendance សម្រាប់កិច្ចប្រជុំ {id} ទេ៖ កំណត់ហេតុមិនបង្ហាញអ្នកចូលរួមទេ',
  },
  'doc.notATime': { en: 'not a time such as 08:00', km: 'មិនមែនជាម៉ោងដូចជា ០៨:០០ ទេ' },
  'doc.endBeforeStart': {
    en: 'the meeting would start at {start} and end at {end}, before it starts: check am/pm (for a morning meeting type 08:00 or 08:00am). The minutes show the times as typed',
    km: 'ម៉ោងបញ្ចប់ {end} មុនម៉ោងចាប់ផ្តើម {start}៖ សូមពិនិត្យ am/pm (ពេលព្រឹក៖ ០៨:០០ ឬ ០៨:០០am)។ កំណត់ហេតុបង្ហាញម៉ោងដូចដែលបានវាយ',
  },
  'doc.notInList': {
    en: 'not a value of Lists › {list}',
    km: 'មិនមែនជាតម្លៃមួយនៃ Lists › {list} ទេ',
  },
  'doc.orderNotNumber': {
    en: 'not a number: the session goes last',
    km: 'មិនមែនជាលេខទេ៖ វគ្គនេះត្រូវដាក់នៅចុងក្រោយ',
  },
  'doc.sectionNotInList': {
    en: 'not a value of Lists › Report section: the section goes after the listed ones',
    km: 'មិនមែនជាតម្លៃនៃ Lists › Report section៖ ដាក់នៅចុងក្រោយ',
  },
  'doc.badLanguage': {
    en: 'not a language (en or km): the document is in {language} (Settings › Language)',
    km: 'មិនមែនជាភាសា (en ឬ km) ទេ៖ ឯកសារនេះជា{language} (Settings › Language)',
  },
  'doc.language.en': { en: 'English', km: 'ភាសាអង់គ្លេស' },
  'doc.language.km': { en: 'Khmer', km: 'ភាសាខ្មែរ' },
  'doc.noFigure': {
    en: 'Indicator {id} has no figure to print ({display}); check the data and the indicator\'s filters, then run "Compute indicators"',
    km: 'សូចនាករ {id} គ្មានតួលេខ ({display})៖ សូមពិនិត្យទិន្នន័យ និងតម្រង រួច "គណនាសូចនាករ"',
  },
  'doc.noTableFigure': {
    en: 'Indicator {id} has no figure for the indicators table ({display}); check the data and the indicator\'s filters, then run "Compute indicators"',
    km: 'សូចនាករ {id} គ្មានតួលេខសម្រាប់តារាង ({display})៖ សូមពិនិត្យទិន្នន័យ និងតម្រង រួច "គណនាសូចនាករ"',
  },
  'doc.notComputed': {
    en: 'Indicator {id} has no computed result{because}: fix it in Indicators and run "Compute indicators"',
    km: 'សូចនាករ {id} មិនទាន់មានលទ្ធផលដែលបានគណនាទេ{because}៖ សូមកែក្នុង Indicators រួចដំណើរការ "គណនាសូចនាករ"',
  },
  'doc.because': { en: ' ({why})', km: ' ({why})' },
  'doc.unknownIndicator': {
    en: 'Unknown indicator {id}: no such ID in Indicators',
    km: 'មិនស្គាល់សូចនាករ {id} ទេ៖ គ្មាន ID នេះនៅក្នុង Indicators ទេ',
  },
  'doc.noResults': {
    en: 'No indicator results: run "Compute indicators" before generating the report',
    km: 'គ្មានលទ្ធផលសូចនាករទេ៖ សូមដំណើរការ "គណនាសូចនាករ" មុនពេលបង្កើតរបាយការណ៍',
  },
  'doc.resultsComputedNow': {
    en: 'no indicator results in the sheet: the report shows figures computed now (run "Compute indicators" to keep them in the sheet)',
    km: 'គ្មានលទ្ធផលសូចនាករក្នុងសន្លឹកទេ៖ របាយការណ៍ប្រើតួលេខដែលគណនាឥឡូវនេះ ("គណនាសូចនាករ" រក្សាទុកវាក្នុងសន្លឹក)',
  },
  'doc.outcomeNumber': {
    en: 'not a whole number such as 1: the report heads the outcome "Outcome:"',
    km: 'មិនមែនជាចំនួនគត់ដូចជា ១ ទេ៖ របាយការណ៍ដាក់ចំណងជើងលទ្ធផលរំពឹងទុកថា "លទ្ធផលរំពឹងទុក៖"',
  },
  'doc.reportPeriodReversed': {
    en: 'the report period ends before it starts: the report shows no period and its indicators keep their own',
    km: 'រយៈពេលរបាយការណ៍បញ្ចប់មុនពេលចាប់ផ្តើម៖ របាយការណ៍មិនបង្ហាញរយៈពេលទេ ហើយសូចនាកររក្សារយៈពេលរបស់ខ្លួន',
  },
  'doc.periodFailed': {
    en: 'Indicator {id} cannot be counted by period, the table says "not computed" in its period columns: {why}',
    km: 'សូចនាករ {id} មិនអាចរាប់តាមរយៈពេលបានទេ តារាងបង្ហាញ "មិនទាន់បានគណនា" ក្នុងជួរឈររយៈពេល៖ {why}',
  },
  'doc.fundingAsTyped': {
    en: '{reason}: the funding line shows it as typed',
    km: '{reason}៖ បន្ទាត់មូលនិធិបង្ហាញវាដូចដែលបានវាយ',
  },
  'doc.badTimeZone': {
    en: 'not a time zone name: dates use {zone} (type one such as Asia/Phnom_Penh)',
    km: 'មិនមែនជាឈ្មោះតំបន់ម៉ោងទេ៖ កាលបរិច្ឆេទប្រើ {zone} (សូមវាយឈ្មោះមួយដូចជា Asia/Phnom_Penh)',
  },
  'doc.linkNotOpened': {
    en: 'you cannot open the document linked in this row (it is a colleague’s that is not shared with you, or it was deleted), so it was not updated and no second copy was made. Ask the person who made it to share it with you as an editor, or clear the Document cell to make a new one',
    km: 'អ្នកមិនអាចបើកឯកសារដែលភ្ជាប់ក្នុងជួរដេកនេះបានទេ (ជារបស់សហការីដែលមិនបានចែករំលែកជាមួយអ្នក ឬបានលុប)៖ មិនបានធ្វើបច្ចុប្បន្នភាព ហើយមិនបានបង្កើតច្បាប់ទីពីរទេ។ សូមស្នើអ្នកបង្កើតវាឱ្យចែករំលែកជាមួយអ្នកជាអ្នកកែសម្រួល ឬសម្អាតក្រឡា Document ដើម្បីបង្កើតឯកសារថ្មី',
  },
  'doc.inTemplate': { en: '{message} (template "{template}")', km: '{message} (គំរូ "{template}")' },
  'doc.pdfFailed': {
    en: 'the PDF could not be made: {error}',
    km: 'មិនអាចបង្កើត PDF បានទេ៖ {error}',
  },
  'doc.chartFailed': {
    en: 'no chart (the table is there): {error}',
    km: 'គ្មានគំនូសតាង (មានតារាង)៖ {error}',
  },
  'doc.failed': {
    en: 'the document could not be made: {error}',
    km: 'មិនអាចបង្កើតឯកសារបានទេ៖ {error}',
  },
  'doc.problemsLeftOut': {
    en: '{count} more {count|problem|problems} not kept: run the job again for one ID to see them all',
    km: 'បញ្ហា {count} ទៀតមិនបានរក្សាទុកទេ៖ សូមដំណើរការម្តងទៀតសម្រាប់ ID មួយ ដើម្បីមើលបញ្ហាទាំងអស់',
  },
  'doc.folderNotUsable': {
    en: 'CBO Tracker can only use folders it made itself for you (it has no access to the rest of your Drive), so this folder cannot be used: your documents go to your folder "{folder}". Write a folder name here to have the tool make and use that folder, or move the documents by hand',
    km: 'CBO Tracker ប្រើបានតែថតដែលវាបានបង្កើតសម្រាប់អ្នក (វាគ្មានសិទ្ធិលើផ្នែកផ្សេងនៃ Drive របស់អ្នកទេ)៖ ឯកសារទៅថត "{folder}" របស់អ្នក។ សូមសរសេរឈ្មោះថតនៅទីនេះ ដើម្បីឱ្យឧបករណ៍បង្កើត និងប្រើថតនោះ ឬផ្លាស់ទីឯកសារដោយដៃ',
  },
  'doc.ownTemplateNotOpened': {
    en: 'this template cannot be opened (no access, or not a Google Doc): the default template is used',
    km: 'មិនអាចបើកគំរូនេះបានទេ (គ្មានសិទ្ធិ ឬមិនមែនជា Google Doc)៖ ប្រើគំរូលំនាំដើម',
  },
  'doc.settingTemplateNotOpened': {
    en: 'you cannot open this template (it is in the trash, or it is a colleague’s that is not shared with you): the default template is used. Ask its owner to share it with you, or clear this cell',
    km: 'អ្នកមិនអាចបើកគំរូនេះបានទេ (នៅក្នុងធុងសំរាម ឬជារបស់សហការីដែលមិនបានចែករំលែកជាមួយអ្នក)៖ ប្រើគំរូលំនាំដើម។ សូមស្នើម្ចាស់ឱ្យចែករំលែកជាមួយអ្នក ឬសម្អាតក្រឡានេះ',
  },
  'doc.wordTemplate': {
    en: 'the Word template {file} cannot be used ({error}): the default template is used',
    km: 'មិនអាចប្រើគំរូ Word {file} បានទេ ({error})៖ ប្រើគំរូលំនាំដើម',
  },
  'doc.wordTemplate.fix': {
    en: 'In Google Sheets, upload the Word file to Drive (Drive converts it into a Google Doc) and put the Doc’s link here; offline, give its path from the workbook’s folder',
    km: 'នៅក្នុង Google Sheets សូមផ្ទុកឯកសារ Word ទៅ Drive (Drive បម្លែងវាជា Google Doc) ហើយដាក់តំណ Doc នោះនៅទីនេះ។ ក្រៅបណ្តាញ សូមដាក់ផ្លូវរបស់វាពីថតនៃឯកសារនេះ',
  },
  'doc.noDocumentColumn': {
    en: 'there is no Document column and you may not add one ({error}): the documents are made but their links are not written. Ask a coordinator to add a Document column',
    km: 'គ្មានជួរឈរ Document ហើយអ្នកបន្ថែមវាមិនបាន ({error})៖ ឯកសារបានបង្កើត ប៉ុន្តែតំណរបស់វាមិនបានសរសេរទេ។ សូមស្នើអ្នកសម្របសម្រួលឱ្យបន្ថែមជួរឈរ Document',
  },

  // Template tags (the default templates' or the user's own)
  'template.unknownSection': {
    en: 'unknown field "{name}": the section is left out',
    km: 'មិនស្គាល់វាល "{name}" ទេ៖ ផ្នែកនេះមិនត្រូវបានដាក់បញ្ចូលទេ',
  },
  'template.unknownRows': {
    en: 'unknown field "{name}": the rows are left out',
    km: 'មិនស្គាល់វាល "{name}" ទេ៖ ជួរដេកទាំងនេះមិនត្រូវបានដាក់បញ្ចូលទេ',
  },
  'template.unknownTag': {
    en: 'unknown field "{name}": the tag is left in the document',
    km: 'មិនស្គាល់វាល "{name}" ទេ៖ ស្លាកនេះនៅតែមាននៅក្នុងឯកសារ',
  },
  'template.unopenedClose': {
    en: 'closing tag without a matching {{#{name}}}',
    km: 'ស្លាកបិទដែលគ្មាន {{#{name}}} ត្រូវគ្នា',
  },
  'template.unclosedSection': {
    en: 'section without a closing {{/{name}}}',
    km: 'ផ្នែកដែលគ្មានស្លាកបិទ {{/{name}}}',
  },
  'template.badValue': { en: '"{name}" {error}', km: '"{name}" {error}' },
  'template.isList': {
    en: 'is a list of records: repeat it with {{#Name}} … {{/Name}}',
    km: 'ជាបញ្ជីកំណត់ត្រា៖ សូមធ្វើវាឡើងវិញដោយប្រើ {{#Name}} … {{/Name}}',
  },
  'template.isGroup': {
    en: 'is a group of fields: name one of them, like {{Name.Field}}',
    km: 'ជាក្រុមនៃវាល៖ សូមដាក់ឈ្មោះវាលមួយក្នុងចំណោមវា ដូចជា {{Name.Field}}',
  },

  // Why a value could not be read (workbook/dates, workbook/values)
  'reason.notADate': { en: 'not a date', km: 'មិនមែនជាកាលបរិច្ឆេទទេ' },
  'reason.notAValidDate': { en: 'not a valid date', km: 'មិនមែនជាកាលបរិច្ឆេទត្រឹមត្រូវទេ' },
  'reason.noSuchDate': { en: 'no such date', km: 'គ្មានកាលបរិច្ឆេទនេះទេ' },
  'reason.dateForm': {
    en: 'not a date in the form 2020-07-15 or 15/07/2020',
    km: 'មិនមែនជាកាលបរិច្ឆេទក្នុងទម្រង់ ២០២០-០៧-១៥ ឬ ១៥/០៧/២០២០ ទេ',
  },
  'reason.notANumber': { en: 'not a number', km: 'មិនមែនជាលេខទេ' },
  'reason.notAWholeNumber': { en: 'not a whole number', km: 'មិនមែនជាចំនួនគត់ទេ' },
  'reason.notYesNo': { en: 'not Yes or No', km: 'មិនមែនជា Yes ឬ No (បាទ/ចាស ឬ ទេ) ទេ' },
} satisfies Record<string, Message>;
