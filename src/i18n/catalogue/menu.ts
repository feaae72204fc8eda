/** Menu captions, the About box and the alerts, toasts and prompts of the menu handlers. */
import type { Message } from '../message';

export const MENU_MESSAGES = {
  'menu.sidebar': { en: 'Open CBO Tracker', km: 'បើក CBO Tracker' },
  'menu.validate': { en: 'Validate data', km: 'ពិនិត្យទិន្នន័យ' },
  'menu.indicators': { en: 'Compute indicators', km: 'គណនាសូចនាករ' },
  'menu.minutes': { en: 'Generate minutes', km: 'បង្កើតកំណត់ហេតុកិច្ចប្រជុំ' },
  'menu.report': { en: 'Generate progress report', km: 'បង្កើតរបាយការណ៍វឌ្ឍនភាព' },
  'menu.share': { en: 'Share report with partners', km: 'ចែករំលែករបាយការណ៍ជាមួយដៃគូ' },
  'menu.setup': { en: 'Set up sheets', km: 'រៀបចំសន្លឹក' },
  'menu.changeLog': { en: 'Start change log', km: 'ចាប់ផ្តើមកំណត់ត្រាការកែប្រែ' },
  'menu.partnerSheets': { en: 'Create partner sheets', km: 'បង្កើតសន្លឹកសម្រាប់ដៃគូ' },
  'menu.collect': { en: 'Collect partner updates', km: 'ប្រមូលការកែប្រែពីដៃគូ' },
  'menu.about': { en: 'Help / About', km: 'ជំនួយ / អំពី' },

  'about.title': { en: 'About CBO Tracker', km: 'អំពី CBO Tracker' },
  'about.text': {
    en: 'Maps community-based organisations (CBOs), checks the data, computes indicators and writes\nminutes and progress reports from the sheets of this workbook.',
    km: 'ចុះបញ្ជីអង្គការមូលដ្ឋានសហគមន៍ (CBO) ពិនិត្យទិន្នន័យ គណនាសូចនាករ និងសរសេរ\nកំណត់ហេតុកិច្ចប្រជុំ និងរបាយការណ៍វឌ្ឍនភាព ពីសន្លឹកនៃឯកសារនេះ។',
  },
  'about.more': {
    en: 'Sheets, headers and rules: see the README of the project.',
    km: 'សន្លឹក ក្បាលជួរឈរ និងវិធាន៖ សូមមើល README របស់គម្រោង។',
  },

  'validate.title': { en: 'Validate data', km: 'ពិនិត្យទិន្នន័យ' },
  'validate.checking': { en: 'Checking {count} CBOs…', km: 'កំពុងពិនិត្យ CBO ចំនួន {count}…' },
  'validate.checkedIn': {
    en: '{rows} {rows|row|rows} checked in {sheet}',
    km: 'បានពិនិត្យ {rows} ជួរដេកក្នុងសន្លឹក {sheet}',
  },
  'validate.alsoIn': { en: '{rows} in {sheet}', km: '{rows} ក្នុងសន្លឹក {sheet}' },
  'validate.checkedInOthers': {
    en: '{rows} {rows|row|rows} checked in {sheets} other {sheets|sheet|sheets}',
    km: 'បានពិនិត្យ {rows} ជួរដេកក្នុងសន្លឹកផ្សេងទៀត {sheets}',
  },
  'validate.alsoInOthers': {
    en: '{rows} in {sheets} other {sheets|sheet|sheets}',
    km: '{rows} ក្នុងសន្លឹកផ្សេងទៀត {sheets}',
  },
  'validate.nothingChecked': { en: 'Nothing checked', km: 'មិនបានពិនិត្យអ្វីទេ' },
  'validate.noErrors': {
    en: 'no errors, {warnings} {warnings|warning|warnings}',
    km: 'គ្មានកំហុស ការព្រមាន {warnings}',
  },
  'validate.errors': {
    en: '{errors} {errors|error|errors} in {rows} {rows|row|rows}, {warnings} {warnings|warning|warnings}',
    km: 'កំហុស {errors} ក្នុង {rows} ជួរដេក ការព្រមាន {warnings}',
  },
  'validate.summary': { en: '{checked}: {found}', km: '{checked}៖ {found}' },
  'validate.listed': {
    en: 'Each problem is listed in the Validation sheet and marked in its cell.',
    km: 'បញ្ហានីមួយៗមាននៅក្នុងសន្លឹក Validation ហើយត្រូវបានសម្គាល់នៅក្នុងក្រឡារបស់វា។',
  },

  'indicators.title': { en: 'Compute indicators', km: 'គណនាសូចនាករ' },
  'indicators.computed': {
    en: '{count} {count|indicator|indicators} computed',
    km: 'បានគណនាសូចនាករ {count}',
  },
  'indicators.failed': { en: '{count} failed: {list}', km: 'មិនបានគណនា {count}៖ {list}' },
  'indicators.noSheet': {
    en: 'the workbook has no Indicators sheet',
    km: 'ឯកសារនេះគ្មានសន្លឹក Indicators ទេ',
  },
  'indicators.unreadable': {
    en: '{rows} source {rows|row|rows} had values that could not be read and were not counted',
    km: 'ជួរដេកប្រភព {rows} មានតម្លៃដែលអានមិនបាន ហើយមិនត្រូវបានរាប់ទេ',
  },
  'indicators.leftOut': {
    en: '{rows} source {rows|row|rows} with errors in the columns counted {rows|was|were} left out',
    km: 'ជួរដេកប្រភព {rows} ដែលមានកំហុសក្នុងជួរឈរដែលបានរាប់ មិនត្រូវបានរាប់ទេ',
  },
  'indicators.rowsWithErrors': {
    en: 'The data has errors in {rows} {rows|row|rows}: the figures do not count the values with errors (run Validate data to fix them)',
    km: 'ទិន្នន័យមានកំហុសក្នុង {rows} ជួរដេក៖ តួលេខមិនរាប់តម្លៃដែលមានកំហុសទេ (ចុច ពិនិត្យទិន្នន័យ ដើម្បីកែ)',
  },
  'indicators.where': {
    en: 'Results: sheet {results}. Rows behind each figure: sheet {rows}.',
    km: 'លទ្ធផល៖ សន្លឹក {results}។ ជួរដេកនៅពីក្រោយតួលេខនីមួយៗ៖ សន្លឹក {rows}។',
  },

  'documents.title.minutes': { en: 'CBO Tracker – minutes', km: 'CBO Tracker – កំណត់ហេតុកិច្ចប្រជុំ' },
  'documents.title.report': {
    en: 'CBO Tracker – progress report',
    km: 'CBO Tracker – របាយការណ៍វឌ្ឍនភាព',
  },
  'documents.prompt.minutes': { en: 'Generate minutes', km: 'បង្កើតកំណត់ហេតុកិច្ចប្រជុំ' },
  'documents.prompt.report': { en: 'Generate progress report', km: 'បង្កើតរបាយការណ៍វឌ្ឍនភាព' },
  'documents.ask.minutes': {
    en: 'Meeting ID to generate (or "all"):',
    km: 'Meeting ID ដែលត្រូវបង្កើត (ឬ "all" សម្រាប់ទាំងអស់)៖',
  },
  'documents.ask.report': {
    en: 'Project ID to generate (or "all"):',
    km: 'Project ID ដែលត្រូវបង្កើត (ឬ "all" សម្រាប់ទាំងអស់)៖',
  },
  'documents.created': { en: 'Created: {name}', km: 'បានបង្កើត៖ {name}' },
  'documents.updated': { en: 'Updated: {name}', km: 'បានធ្វើបច្ចុប្បន្នភាព៖ {name}' },
  'documents.notMade': { en: 'Not made: {id}', km: 'មិនបានបង្កើត៖ {id}' },
  'documents.more': { en: '… and {count} more', km: '… និង {count} ទៀត' },
  'documents.pending': {
    en: "{count} more will be made at about {time} (Apps Script lets an add-on continue once an hour). To go on now, open CBO Tracker's sidebar and click Resume.",
    km: '{count} ទៀតនឹងត្រូវបង្កើតនៅម៉ោងប្រហែល {time} (Apps Script អនុញ្ញាតឱ្យកម្មវិធីបន្ថែមបន្តការងារម្តងក្នុងមួយម៉ោង)។ ដើម្បីបន្តឥឡូវនេះ សូមបើកផ្ទាំងចំហៀងរបស់ CBO Tracker ហើយចុច Resume។',
  },
  'documents.pendingBound': {
    en: "{count} more will be made at about {time}. To go on now, open CBO Tracker's sidebar and click Resume.",
    km: '{count} ទៀតនឹងត្រូវបង្កើតនៅម៉ោងប្រហែល {time}។ ដើម្បីបន្តឥឡូវនេះ សូមបើកផ្ទាំងចំហៀងរបស់ CBO Tracker ហើយចុច Resume។',
  },
  'documents.askShare': {
    en: 'Share the reports with the partners who receive reports, and e-mail them the links ({count} address(es))?',
    km: 'ចែករំលែករបាយការណ៍ជាមួយដៃគូដែលទទួលរបាយការណ៍ ហើយផ្ញើតំណភ្ជាប់តាមអ៊ីមែល ({count} អាសយដ្ឋាន)?',
  },
  'documents.shared': {
    en: 'Shared {project} with {partners} partner(s), {emails} e-mail(s) sent',
    km: 'បានចែករំលែក {project} ជាមួយដៃគូ {partners} ផ្ញើអ៊ីមែល {emails}',
  },
  'documents.nothingToDo': { en: 'Nothing to do.', km: 'គ្មានអ្វីត្រូវធ្វើទេ។' },
  'documents.nothingGenerated': { en: 'Nothing generated', km: 'មិនបានបង្កើតអ្វីទេ' },
  'share.title': { en: 'CBO Tracker – share report', km: 'CBO Tracker – ចែករំលែករបាយការណ៍' },
  'share.line': {
    en: '{project}: {viewers} viewer(s) added, {emails} e-mail(s) sent',
    km: '{project}៖ បានបន្ថែមអ្នកមើល {viewers} ផ្ញើអ៊ីមែល {emails}',
  },
  'share.askProject': {
    en: 'Project ID whose progress report to share with its partners (or "all"):',
    km: 'Project ID ដែលត្រូវចែករំលែករបាយការណ៍វឌ្ឍនភាពជាមួយដៃគូ (ឬ "all" សម្រាប់ទាំងអស់)៖',
  },
  'share.ask': {
    en: 'Share {projects} with the partners who receive reports and e-mail them the link ({count} address(es))?',
    km: 'ចែករំលែក {projects} ជាមួយដៃគូដែលទទួលរបាយការណ៍ ហើយផ្ញើតំណភ្ជាប់តាមអ៊ីមែល ({count} អាសយដ្ឋាន)?',
  },
  'share.nothing': { en: 'Nothing shared.', km: 'មិនបានចែករំលែកអ្វីទេ។' },
  'share.subject': { en: 'Progress report: {name}', km: 'របាយការណ៍វឌ្ឍនភាព៖ {name}' },
  'share.body': {
    en: 'Dear {partner},\n\nAs agreed in our partnership, here is the progress report "{name}":\n{url}\n\nYou can view it with this address.\n\nWith thanks,\n{signature}',
    km: 'ជូនចំពោះ {partner}\n\nស្របតាមកិច្ចព្រមព្រៀងភាពជាដៃគូរបស់យើង សូមផ្ញើជូននូវរបាយការណ៍វឌ្ឍនភាព "{name}"៖\n{url}\n\nលោកអ្នកអាចមើលរបាយការណ៍នេះតាមអាសយដ្ឋានខាងលើ។\n\nសូមអរគុណ\n{signature}',
  },

  'setup.title': { en: 'Set up sheets', km: 'រៀបចំសន្លឹក' },
  'setup.summary': {
    en: '{sheets} {sheets|sheet|sheets} created, {columns} {columns|column|columns} added, {dropdowns} {dropdowns|dropdown|dropdowns} set, {protections} {protections|protection|protections} added.',
    km: 'បានបង្កើតសន្លឹក {sheets} បន្ថែមជួរឈរ {columns} ដាក់បញ្ជីជម្រើស {dropdowns} បន្ថែមការការពារ {protections}។',
  },
  'setup.skipped': {
    en: '{count} {count|protection|protections} left as they are: only their editors may change them.',
    km: 'ការការពារ {count} មិនត្រូវបានកែប្រែទេ៖ មានតែអ្នកកែសម្រួលរបស់វាប៉ុណ្ណោះដែលអាចផ្លាស់ប្តូរវាបាន។',
  },
  'changeLog.title': { en: 'Change log', km: 'កំណត់ត្រាការកែប្រែ' },
  'changeLog.started': {
    en: 'Every edit of the input sheets is now written to "Change log".',
    km: 'រាល់ការកែប្រែនៃសន្លឹកបញ្ចូលទិន្នន័យ ឥឡូវនេះត្រូវបានកត់ត្រាក្នុង "Change log"។',
  },
  'changeLog.already': {
    en: 'The change log was already running.',
    km: 'កំណត់ត្រាការកែប្រែកំពុងដំណើរការរួចហើយ។',
  },
  'changeLog.alreadyBy': {
    en: 'The change log was already running (started by {user}).',
    km: 'កំណត់ត្រាការកែប្រែកំពុងដំណើរការរួចហើយ (ចាប់ផ្តើមដោយ {user})។',
  },
  'partners.title': { en: 'Partner sheets', km: 'សន្លឹកសម្រាប់ដៃគូ' },
  'partners.line': {
    en: '{partner}: {cbos} {cbos|CBO|CBOs}{refreshed}, shared with {editors}',
    km: '{partner}៖ CBO {cbos}{refreshed} បានចែករំលែកជាមួយ {editors}',
  },
  'partners.refreshed': { en: ' (copy refreshed)', km: ' (ច្បាប់ចម្លងត្រូវបានធ្វើបច្ចុប្បន្នភាព)' },
  'partners.nobody': { en: 'nobody (no Email in Partners)', km: 'គ្មាននរណាម្នាក់ (គ្មាន Email ក្នុង Partners)' },
  'partners.none': { en: 'No partner in "Partners".', km: 'គ្មានដៃគូក្នុង "Partners" ទេ។' },
  'collect.title': { en: 'Collect partner updates', km: 'ប្រមូលការកែប្រែពីដៃគូ' },
  'collect.summary': {
    en: '{updated} {updated|cell|cells} updated, {appended} new {appended|CBO|CBOs} added, {conflicts} {conflicts|item|items} to check in "Sync conflicts"',
    km: 'បានធ្វើបច្ចុប្បន្នភាពក្រឡា {updated} បន្ថែម CBO ថ្មី {appended} មាន {conflicts} ចំណុចត្រូវពិនិត្យក្នុង "Sync conflicts"',
  },
  'collect.problems': {
    en: ', {problems} {problems|problem|problems} of partner copies in "Partner problems"',
    km: ' មានបញ្ហា {problems} នៃច្បាប់ចម្លងរបស់ដៃគូក្នុង "Partner problems"',
  },
  'collect.heldBack': {
    en: ' ({changes} {changes|change|changes} held back until fixed)',
    km: ' (ការកែប្រែ {changes} ត្រូវបានរង់ចាំរហូតដល់កែរួច)',
  },
  'collect.notShared': {
    en: '. {count} {count|copy|copies} not shared with you',
    km: '។ ច្បាប់ចម្លង {count} មិនបានចែករំលែកជាមួយអ្នកទេ',
  },
  'text.end': { en: '.', km: '។' },
  /** Between the parts of a summary line. */
  'text.and': { en: ', ', km: ', ' },
  'text.colon': { en: ': ', km: '៖ ' },
} as const satisfies Record<string, Message>;
