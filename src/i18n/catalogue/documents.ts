/**
 * Fixed labels and headings of the default minutes and progress report, and the words the
 * document models put around the workbook's data. Khmer follows the organisation's usage
 * ("កំណត់ហេតុកិច្ចប្រជុំ" for minutes, "របាយការណ៍វឌ្ឍនភាព" for a progress report).
 */
import type { Message } from '../message';

export const DOCUMENT_MESSAGES = {
  // Minutes: the labels table, headings and attendance list of the default template
  'minutes.facilitatedBy': { en: 'Facilitated By:', km: 'សម្របសម្រួលដោយ៖' },
  'minutes.mc': { en: 'MC:', km: 'អ្នកដឹកនាំកម្មវិធី (MC)៖' },
  'minutes.minutesTaker': { en: 'Minutes Taker:', km: 'អ្នកកត់ត្រា៖' },
  'minutes.participatedBy': { en: 'Participated by:', km: 'ចូលរួមដោយ៖' },
  'minutes.dateAndTime': { en: 'Date and Time:', km: 'កាលបរិច្ឆេទ និងពេលវេលា៖' },
  'minutes.location': { en: 'Location:', km: 'ទីកន្លែង៖' },
  'minutes.objective': { en: 'I- OBJECTIVE', km: '១- គោលបំណង' },
  'minutes.objectivesIntro': {
    en: 'The specific objectives of the meeting are:',
    km: 'គោលបំណងជាក់លាក់នៃកិច្ចប្រជុំ មានដូចខាងក្រោម៖',
  },
  'minutes.result': { en: 'II- THE RESULT OF THE MEETING', km: '២- លទ្ធផលនៃកិច្ចប្រជុំ' },
  'minutes.groupWork': { en: 'GROUP WORK', km: 'ការងារក្រុម' },
  'minutes.conclusion': { en: 'CONCLUSION AND WAYS FORWARD', km: 'សេចក្តីសន្និដ្ឋាន និងទិសដៅបន្ត' },
  'minutes.annex': { en: 'III- ANNEX', km: '៣- ឧបសម្ព័ន្ធ' },
  'minutes.attendanceList': { en: 'ATTENDANCE LIST', km: 'បញ្ជីវត្តមាន' },
  'minutes.number': { en: 'No.', km: 'ល.រ' },
  'minutes.name': { en: 'Name', km: 'ឈ្មោះ' },
  'minutes.organisation': { en: 'Organisation', km: 'អង្គការ' },
  'minutes.participantType': { en: 'Participant type', km: 'ប្រភេទអ្នកចូលរួម' },
  'minutes.gender': { en: 'Gender', km: 'ភេទ' },
  'minutes.female': { en: 'Female', km: 'ស្រី' },
  'minutes.male': { en: 'Male', km: 'ប្រុស' },
  'minutes.other': { en: 'Other', km: 'ផ្សេងៗ' },
  // Advocacy › Level: a report's breakdown rows, a Khmer dropdown
  'choice.national': { en: 'National', km: 'ថ្នាក់ជាតិ' },
  'choice.provincial': { en: 'Provincial', km: 'ថ្នាក់ខេត្ត' },
  'choice.district': { en: 'District', km: 'ថ្នាក់ស្រុក' },
  'choice.commune': { en: 'Commune', km: 'ថ្នាក់ឃុំ' },
  // A Language column's choices (each English text is the contract's value: en, km)
  'choice.en': { en: 'en', km: 'អង់គ្លេស' },
  'choice.km': { en: 'km', km: 'ខ្មែរ' },
  // Yes/No columns: the Khmer dropdown lists បាទ/ចាស and ទេ
  'choice.yes': { en: 'Yes', km: 'បាទ/ចាស' },
  'choice.no': { en: 'No', km: 'ទេ' },
  // Minutes: words around the data
  'minutes.title': { en: 'Minute of {title}', km: 'កំណត់ហេតុ{title}' },
  'minutes.count': { en: '{type}: {count}', km: '{type}៖ {count}' },
  'minutes.total': {
    en: 'Total: {count} {count|participant|participants}',
    km: 'សរុប៖ {count} នាក់',
  },
  'minutes.by': { en: '{session} – by {presenter}', km: '{session} – ដោយ {presenter}' },
  'minutes.session': { en: 'Session', km: 'វគ្គ' },
  'minutes.dateTime': { en: '{date}, {times}', km: '{date} ម៉ោង {times}' },

  // Progress report: headings and labels of the default template
  // The footer of the default templates: the words around the page number and page count fields.
  'documents.footer.page': { en: 'Page {page} of {pages}', km: 'ទំព័រ {page} នៃ {pages}' },
  'report.title': { en: 'Progress Report', km: 'របាយការណ៍វឌ្ឍនភាព' },
  'report.byProject': {
    en: 'Progress by Project Contributed to Strategic Outcomes',
    km: 'វឌ្ឍនភាពតាមគម្រោង ដែលរួមចំណែកដល់លទ្ធផលរំពឹងទុកជាយុទ្ធសាស្ត្រ',
  },
  'report.outcome': { en: 'Outcome:', km: 'លទ្ធផលរំពឹងទុក៖' },
  /** {number} is a word in English ("Outcome One:"), digits in Khmer. */
  'report.outcomeNumbered': { en: 'Outcome {number}:', km: 'លទ្ធផលរំពឹងទុកទី{number}៖' },
  'report.strategicObjectiveOf': { en: 'Objective of the {plan}:', km: 'គោលបំណងនៃ {plan}៖' },
  'report.reportingPeriod': { en: 'Reporting period: {period}', km: 'រយៈពេលរបាយការណ៍៖ {period}' },
  'report.periodRange': { en: '{start} – {end}', km: 'ពី {start} ដល់ {end}' },
  'report.periodFrom': { en: 'From {start}', km: 'ចាប់ពី {start}' },
  'report.periodUntil': { en: 'Until {end}', km: 'រហូតដល់ {end}' },
  'report.strategicObjective': {
    en: 'Objective of the Strategic Plan:',
    km: 'គោលបំណងនៃផែនការយុទ្ធសាស្ត្រ៖',
  },
  'report.projectObjective': { en: 'Project Objective:', km: 'គោលបំណងគម្រោង៖' },
  'report.funding': { en: 'Project Funding:', km: 'មូលនិធិគម្រោង៖' },
  'report.targetAreas': { en: 'Target Areas:', km: 'តំបន់គោលដៅ៖' },
  /** After a section heading of the report ("Activities and Results:"). */
  'report.headingEnd': { en: ':', km: '៖' },
  'report.indicators': {
    en: 'Indicator Performance Tracking Table',
    km: 'តារាងតាមដានវឌ្ឍនភាពសូចនាករ',
  },
  'report.id': { en: 'ID', km: 'លេខកូដ' },
  'report.indicator': { en: 'Indicator', km: 'សូចនាករ' },
  'report.baseline': { en: 'Baseline', km: 'ទិន្នន័យមូលដ្ឋាន' },
  'report.target': { en: 'Target', km: 'គោលដៅ' },
  'report.actual': { en: 'Actual', km: 'លទ្ធផលជាក់ស្តែង' },
  'report.progress': { en: 'Progress to target', km: 'វឌ្ឍនភាពធៀបនឹងគោលដៅ' },
  'report.cumulative': { en: 'Cumulative to date', km: 'សរុបរហូតមកដល់បច្ចុប្បន្ន' },
  // The report's chart of target against actual (report/chart.ts)
  'report.chart.axis': { en: 'Percent of target', km: 'ភាគរយនៃគោលដៅ' },
  'report.chart.more': {
    en: 'The first {shown} of {all} indicators with a target; the table has them all.',
    km: 'សូចនាករ {shown} ដំបូង ក្នុងចំណោម {all} ដែលមានគោលដៅ។ តារាងមានទាំងអស់។',
  },
  /** An IPTT column: a calendar quarter. */
  'report.quarter': { en: 'Q{number} {year}', km: 'ត្រីមាសទី{number} {year}' },
  // Progress report: words around the data
  'report.project': { en: 'Project#{number}: {title}', km: 'គម្រោងទី{number}៖ {title}' },
  'report.donatedBy': { en: '{money} donated by {donors}', km: '{money} ឧបត្ថម្ភដោយ {donors}' },
  'report.donatedByOnly': { en: 'Donated by {donors}', km: 'ឧបត្ថម្ភដោយ {donors}' },
  'report.notComputed': { en: 'not computed', km: 'មិនទាន់បានគណនា' },
  'report.unknownIndicator': { en: 'unknown indicator', km: 'សូចនាករមិនស្គាល់' },
  'report.noValue': { en: 'no value', km: 'គ្មានតម្លៃ' },
  'report.marker': { en: '[{id}: {why}]', km: '[{id}៖ {why}]' },
  // The usual Lists › Report section values, as a Khmer report heads them
  'report.section.activities': { en: 'Activities and Results', km: 'សកម្មភាព និងលទ្ធផល' },
  'report.section.lessons': { en: 'Lessons Learned', km: 'មេរៀនដែលទទួលបាន' },
  'report.section.challenges': { en: 'Challenges', km: 'បញ្ហាប្រឈម' },
  'report.section.wayForward': { en: 'The Way Forward', km: 'ទិសដៅបន្ត' },

  // Names in Drive: the default templates and the generated documents
  'documents.template.minutes': {
    en: 'CBO Tracker – Minutes template',
    km: 'CBO Tracker – គំរូកំណត់ហេតុកិច្ចប្រជុំ',
  },
  'documents.template.report': {
    en: 'CBO Tracker – Progress report template',
    km: 'CBO Tracker – គំរូរបាយការណ៍វឌ្ឍនភាព',
  },
  'documents.name.minutes': { en: '{id} Minutes', km: '{id} កំណត់ហេតុកិច្ចប្រជុំ' },
  'documents.name.report': { en: '{id} Progress report', km: '{id} របាយការណ៍វឌ្ឍនភាព' },

  // Shared words
  'text.andLast': { en: ' and ', km: ' និង ' },
  'text.of': { en: 'of', km: 'នៃ' },
} as const satisfies Record<string, Message>;
