/**
 * What the offline CLI prints after a command (`npm start`, `npx cbo-tracker validate …`): the
 * summary lines a user reads, in the workbook's language (Settings › Language). The command
 * reference (`help`) is for developers and stays English.
 */
import type { Message } from '../message';

export const CLI_MESSAGES = {
  'cli.wrote': { en: 'wrote {file}', km: 'បានសរសេរ {file}' },
  // The CLI's picture of what the spreadsheet shows: "[alert] Title: text" (Khmer puts ៖ after a title).
  'cli.ui.alert': { en: 'alert', km: 'ប្រអប់សារ' },
  'cli.ui.prompt': { en: 'prompt', km: 'ប្រអប់សួរ' },
  'cli.ui.toast': { en: 'toast', km: 'សារជូនដំណឹង' },
  'cli.ui.log': { en: 'log', km: 'កំណត់ត្រា' },
  'cli.ui.titled': { en: '{title}: ', km: '{title}៖ ' },
  'cli.ui.mail': { en: 'e-mail (not sent) to {to}: {subject}', km: 'អ៊ីមែល (មិនបានផ្ញើ) ទៅ {to}៖ {subject}' },
  'cli.results': { en: 'Results:', km: 'លទ្ធផល៖' },
  'cli.failed': { en: '{command} failed: {error}', km: '{command} មិនបានសម្រេច៖ {error}' },
  'cli.done': {
    en: "Done. Open the workbooks in {out}/ (sheets Validation, Indicator results, Indicator rows) and the\ndocuments in {out}/docs/. To see a partner's edits merged back: edit a file in {out}/partners/, then",
    km: 'រួចរាល់។ សូមបើកឯកសារក្នុង {out}/ (សន្លឹក Validation, Indicator results, Indicator rows) និង\nឯកសារក្នុង {out}/docs/។ ដើម្បីមើលការកែប្រែរបស់ដៃគូដែលបានបញ្ចូលវិញ៖ សូមកែឯកសារមួយក្នុង {out}/partners/ រួច',
  },
  'cli.demoChanged': {
    en: '{out}/ holds the results of an earlier `npm start`, and these files changed since: {files}. Move them elsewhere (or run `npm start -- --out DIR`); nothing was removed.',
    km: '{out}/ មានលទ្ធផលនៃ `npm start` មុន ហើយឯកសារទាំងនេះបានផ្លាស់ប្ដូរតាំងពីពេលនោះ៖ {files}។ សូមផ្លាស់ទីវាទៅកន្លែងផ្សេង (ឬដំណើរការ `npm start -- --out DIR`)។ គ្មានអ្វីត្រូវបានលុបទេ។',
  },
  'cli.missingExample': { en: '({file} does not exist yet)', km: '({file} មិនទាន់មាននៅឡើយទេ)' },
  // What each command of the demo does (the `help` reference says it in English for developers)
  'cli.about.validate': {
    en: 'Check every sheet against the workbook contract (runs validateData, like "Validate data").',
    km: 'ពិនិត្យសន្លឹកនីមួយៗតាមកិច្ចសន្យានៃឯកសារ (ដូចម៉ឺនុយ "ពិនិត្យទិន្នន័យ")។',
  },
  'cli.about.indicators': {
    en: 'Compute the indicators of the Indicators sheet into Indicator results and Indicator rows.',
    km: 'គណនាសូចនាករនៃសន្លឹក Indicators ទៅក្នុង Indicator results និង Indicator rows។',
  },
  'cli.about.minutes': {
    en: 'Generate meeting minutes (all meetings, or --meeting ID) as documents under DIR/docs/.',
    km: 'បង្កើតកំណត់ហេតុកិច្ចប្រជុំ (កិច្ចប្រជុំទាំងអស់ ឬ --meeting ID) ជាឯកសារក្នុង DIR/docs/។',
  },
  'cli.about.report': {
    en: 'Generate progress reports (all projects, or --project ID) under DIR/docs/; {{IND-x}} cites Indicator results (computed now when that sheet is empty).',
    km: 'បង្កើតរបាយការណ៍វឌ្ឍនភាព (គម្រោងទាំងអស់ ឬ --project ID) ក្នុង DIR/docs/។ {{IND-x}} ដកស្រង់ Indicator results (គណនាឥឡូវនេះ ពេលសន្លឹកនោះនៅទទេ)។',
  },
  'cli.about.setup': {
    en: 'Create missing sheets and columns, dropdowns and header protections (runs setUpSheets).',
    km: 'បង្កើតសន្លឹក និងជួរឈរដែលខ្វះ បញ្ជីជម្រើស និងការការពារក្បាលជួរឈរ (ដូចម៉ឺនុយ "រៀបចំសន្លឹក")។',
  },
  'cli.about.partners-split': {
    en: 'Make one copy per partner with its CBOs under DIR/partners/ (runs createPartnerSheets, like "Create partner sheets").',
    km: 'បង្កើតច្បាប់ចម្លងមួយសម្រាប់ដៃគូនីមួយៗ ជាមួយ CBO របស់ខ្លួន ក្នុង DIR/partners/ (ដូចម៉ឺនុយ "បង្កើតសន្លឹកសម្រាប់ដៃគូ")។',
  },

  // validate
  'cli.problem': {
    en: '  {severity} {where}: {message} — {fix}',
    km: '  {severity} {where}៖ {message} — {fix}',
  },
  'cli.rowOf': { en: '{sheet} row {row}', km: '{sheet} ជួរដេក {row}' },
  'cli.rowColumn': { en: '{sheet} row {row} ({column})', km: '{sheet} ជួរដេក {row} ({column})' },
  'cli.moreValidation': {
    en: '  ... and {count} more: see the Validation sheet.',
    km: '  ... និង {count} ទៀត៖ សូមមើលសន្លឹក Validation។',
  },
  // indicators
  'cli.indicatorFailed': { en: 'failed: {reason}', km: 'មិនបានគណនា៖ {reason}' },
  'cli.indicatorWarning': {
    en: 'warning: {indicator} (Indicators row {row}, {column}): {message}',
    km: 'ការព្រមាន៖ {indicator} (Indicators ជួរដេក {row}, {column})៖ {message}',
  },
  // setup
  'cli.setup.sheets': { en: 'Created sheets: {sheets}', km: 'សន្លឹកដែលបានបង្កើត៖ {sheets}' },
  'cli.setup.columns': { en: 'Added to {sheet}: {columns}', km: 'បានបន្ថែមទៅ {sheet}៖ {columns}' },
  'cli.setup.seeded': { en: 'Seeded: {lists}', km: 'បានបំពេញជាមុន៖ {lists}' },
  'cli.setup.dropdowns': { en: 'Dropdowns: {count}', km: 'បញ្ជីជម្រើស៖ {count}' },
  'cli.setup.keptDropdowns': {
    en: " (kept the user's own on {columns})",
    km: ' (បានរក្សាបញ្ជីជម្រើសរបស់អ្នកប្រើលើ {columns})',
  },
  'cli.setup.protections': {
    en: 'Protections: {created} created, {updated} updated, {unchanged} unchanged',
    km: 'ការការពារ៖ បានបង្កើត {created} បានធ្វើបច្ចុប្បន្នភាព {updated} មិនផ្លាស់ប្តូរ {unchanged}',
  },
  'cli.appsScriptTime': {
    en: 'estimated Apps Script time: {seconds} s',
    km: 'រយៈពេលប៉ាន់ស្មានលើ Apps Script៖ {seconds} វិនាទី',
  },
  'cli.none': { en: 'none', km: 'គ្មាន' },
  'cli.nothing': { en: 'nothing', km: 'គ្មានអ្វីទេ' },
  // partners-split
  'cli.split.none': {
    en: 'No partner in "Partners": no copy made.',
    km: 'គ្មានដៃគូក្នុង "Partners" ទេ៖ មិនបានបង្កើតច្បាប់ចម្លងទេ។',
  },
  'cli.split.refused': {
    en: '{partner}: not refreshed. {why}',
    km: '{partner}៖ មិនបានធ្វើបច្ចុប្បន្នភាពទេ។ {why}',
  },
  'cli.split.new': {
    en: '{partner}: {count} {count|CBO|CBOs}, new copy {id}{note}',
    km: '{partner}៖ CBO {count} ច្បាប់ចម្លងថ្មី {id}{note}',
  },
  'cli.split.refreshed': {
    en: '{partner}: {count} {count|CBO|CBOs}, copy refreshed {id}{note}',
    km: '{partner}៖ CBO {count} ច្បាប់ចម្លងត្រូវបានធ្វើបច្ចុប្បន្នភាព {id}{note}',
  },
  'cli.split.problem': {
    en: '  {severity} {where}: {message} {fix}',
    km: '  {severity} {where}៖ {message} {fix}',
  },
  'cli.note': { en: ' ({note})', km: ' ({note})' },
  // partners-collect
  'cli.collect.partner': {
    en: '{partner}: {updated} {updated|cell|cells} updated, {appended} new {appended|CBO|CBOs}, {issues} {issues|item|items} in Sync conflicts, {problems} {problems|problem|problems}',
    km: '{partner}៖ បានធ្វើបច្ចុប្បន្នភាព {updated} ក្រឡា CBO ថ្មី {appended} ធាតុ {issues} ក្នុង Sync conflicts បញ្ហា {problems}',
  },
  'cli.collect.unchanged': {
    en: ' (copy unchanged since the last collect: not read)',
    km: ' (ច្បាប់ចម្លងមិនបានកែប្រែតាំងពីការប្រមូលលើកមុន៖ មិនបានអានទេ)',
  },
  'cli.collect.heldBack': {
    en: ', {count} {count|change|changes} held back',
    km: ' ការកែប្រែ {count} ត្រូវបានរង់ចាំ',
  },
  'cli.collect.where': {
    en: "{partner}'s copy, {place}",
    km: 'ច្បាប់ចម្លងរបស់ {partner}, {place}',
  },
  'cli.collect.problem': {
    en: '  {severity} {where}: {message}{held}',
    km: '  {severity} {where}៖ {message}{held}',
  },
  'cli.collect.notCollected': { en: ' Not collected until fixed.', km: ' មិនត្រូវបានប្រមូលរហូតដល់ត្រូវបានកែ។' },
  'cli.collect.more': {
    en: '  ... and {count} more: see the Partner problems sheet.',
    km: '  ... និង {count} ទៀត៖ សូមមើលសន្លឹក Partner problems។',
  },
  'cli.collect.total': {
    en: 'Total: {updated} {updated|cell|cells} updated, {appended} new {appended|CBO|CBOs}, {conflicts} {conflicts|item|items} to check in Sync conflicts.',
    km: 'សរុប៖ បានធ្វើបច្ចុប្បន្នភាព {updated} ក្រឡា CBO ថ្មី {appended} ធាតុ {conflicts} ត្រូវពិនិត្យក្នុង Sync conflicts។',
  },
  // share
  'cli.share.line': {
    en: '{project}: {viewers} {viewers|viewer|viewers}, {emails} {emails|e-mail|e-mails}',
    km: '{project}៖ អ្នកមើល {viewers} អ៊ីមែល {emails}',
  },
  'cli.share.problem': { en: '{severity}{where}: {message}', km: '{severity}{where}៖ {message}' },
  'cli.share.nothing': {
    en: 'Nothing to share: no project has a progress report.',
    km: 'គ្មានអ្វីត្រូវចែករំលែកទេ៖ គ្មានគម្រោងណាមានរបាយការណ៍វឌ្ឍនភាពទេ។',
  },
} satisfies Record<string, Message>;
