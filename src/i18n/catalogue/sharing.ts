/**
 * Set-up and partner copies: dropdown help, and the Khmer notes on the headers of a Khmer partner
 * copy (its headers stay as the contract spells them, so that collect reads them back).
 */
import type { Message } from '../message';

export const SHARING_MESSAGES = {
  'dropdown.range': {
    en: 'choose a value of {sheet} › {column}.',
    km: 'ជ្រើសរើសតម្លៃមួយនៃ {sheet} › {column}។',
  },
  'dropdown.choices': { en: '{choices}.', km: '{choices}។' },
  'dropdown.yesNo': {
    en: 'Yes or No (Y/N, TRUE/FALSE and បាទ/ចាស/ទេ are read too).',
    km: 'បាទ/ចាស ឬ ទេ (បាទ ចាស Yes No Y/N និង TRUE/FALSE ក៏អានបានដែរ)។',
  },
  'dropdown.other': {
    en: 'Other values are kept but marked with a warning; "Validate data" lists them.',
    km: 'តម្លៃផ្សេងទៀតត្រូវបានរក្សាទុក ប៉ុន្តែត្រូវបានសម្គាល់ជាការព្រមាន ហើយ "ពិនិត្យទិន្នន័យ" រាយបញ្ជីពួកវា។',
  },
  'partners.heldBack': {
    en: 'Not collected: fix it in the partner copy, then collect again.',
    km: 'មិនទាន់បានប្រមូល៖ សូមកែវានៅក្នុងច្បាប់ចម្លងរបស់ដៃគូ រួចប្រមូលម្តងទៀត។',
  },

  // Header notes of a Khmer partner copy: what each CBOs column holds (CBO ID's in every copy).
  'column.CBO ID': {
    en: 'The CBO’s ID: do not change it on the rows you were sent (they are protected; collect matches rows by it, and a changed ID is not collected). For a new CBO, add a row below with a new ID.',
    km: 'លេខសម្គាល់ CBO៖ សូមកុំកែប្រែវានៅជួរដេកដែលបានផ្ញើមក (ជួរដេកទាំងនោះត្រូវបានការពារ ការប្រមូលផ្គូផ្គងជួរដេកតាមលេខនេះ ហើយ ID ដែលបានប្តូរមិនត្រូវបានប្រមូលទេ)។ សម្រាប់ CBO ថ្មី សូមបន្ថែមជួរដេកនៅខាងក្រោម ជាមួយ ID ថ្មី។',
  },
  'column.CBO name': { en: 'Name of the CBO.', km: 'ឈ្មោះ CBO។' },
  'column.CBO name (Khmer)': { en: 'Name of the CBO in Khmer.', km: 'ឈ្មោះ CBO ជាភាសាខ្មែរ។' },
  'column.Province': {
    en: 'Province (or the capital), as in Geography.',
    km: 'ខេត្ត ឬរាជធានី តាមសន្លឹក Geography (ឈ្មោះខ្មែរក៏បាន)។',
  },
  'column.District': {
    en: 'District, municipality or khan, as in Geography.',
    km: 'ស្រុក ក្រុង ឬខណ្ឌ តាមសន្លឹក Geography (ឈ្មោះខ្មែរក៏បាន)។',
  },
  'column.Commune': {
    en: 'Commune or sangkat, as in Geography.',
    km: 'ឃុំ ឬសង្កាត់ តាមសន្លឹក Geography (ឈ្មោះខ្មែរក៏បាន)។',
  },
  'column.Village': { en: 'Village.', km: 'ភូមិ។' },
  'column.Sector': { en: 'Sector, from Lists › Sector.', km: 'វិស័យ ពីបញ្ជី Lists › Sector។' },
  'column.Registration': {
    en: 'Registration, from Lists › Registration.',
    km: 'ការចុះបញ្ជី ពីបញ្ជី Lists › Registration។',
  },
  'column.Year established': { en: 'Year the CBO was established.', km: 'ឆ្នាំបង្កើត CBO។' },
  'column.Members': { en: 'Number of members.', km: 'ចំនួនសមាជិក។' },
  'column.Women members': {
    en: 'Number of women members (counted among the Members).',
    km: 'ចំនួនសមាជិកស្ត្រី (រាប់បញ្ចូលក្នុងចំនួនសមាជិក)។',
  },
  'column.Youth members': {
    en: 'Number of youth members (counted among the Members).',
    km: 'ចំនួនសមាជិកយុវជន (រាប់បញ្ចូលក្នុងចំនួនសមាជិក)។',
  },
  'column.Leader': { en: 'Name of the leader.', km: 'ឈ្មោះប្រធាន ឬមេដឹកនាំ។' },
  'column.Leader gender': { en: 'Gender of the leader.', km: 'ភេទរបស់ប្រធាន (ស្រី ឬប្រុស ក៏បាន)។' },
  'column.Phone': { en: 'Phone number.', km: 'លេខទូរស័ព្ទ។' },
  'column.Email': { en: 'E-mail address.', km: 'អាសយដ្ឋានអ៊ីមែល។' },
  'column.Partner': {
    en: 'The partner that follows this CBO.',
    km: 'ដៃគូដែលតាមដាន CBO នេះ។',
  },
  'column.Target': {
    en: 'Whether the CBO is a target CBO (Yes/No).',
    km: 'ជា CBO គោលដៅ ឬទេ (បាទ/ចាស ឬ ទេ)។',
  },
  'column.Advocacy plan': {
    en: 'Whether the CBO has an advocacy plan (Yes/No).',
    km: 'CBO មានផែនការតស៊ូមតិ ឬទេ (បាទ/ចាស ឬ ទេ)។',
  },
  'column.Mapped on': {
    en: 'Date the CBO was mapped (day/month/year).',
    km: 'កាលបរិច្ឆេទចុះបញ្ជី CBO (ថ្ងៃ/ខែ/ឆ្នាំ)។',
  },
  'column.Notes': { en: 'Notes.', km: 'កំណត់សម្គាល់។' },

  // Collect partner updates: the notes of Sync conflicts, a copy that is refused, the Change log
  'sync.noIdColumn': {
    en: 'The copy of {partner} has no "CBO ID" column (its header row was changed): nothing was collected. Restore the header "CBO ID" in row 1 of the copy, then collect again.',
    km: 'ច្បាប់ចម្លងរបស់ {partner} គ្មានជួរឈរ "CBO ID" ទេ (ជួរក្បាលរបស់វាត្រូវបានកែប្រែ)៖ មិនបានប្រមូលអ្វីទេ។ សូមដាក់ក្បាល "CBO ID" វិញនៅជួរដេកទី ១ នៃច្បាប់ចម្លង រួចប្រមូលម្តងទៀត។',
  },
  'sync.cannotOpen': {
    en: 'The copy of {partner} ({id}) cannot be opened: {error}',
    km: 'មិនអាចបើកច្បាប់ចម្លងរបស់ {partner} ({id}) បានទេ៖ {error}',
  },
  'sync.notRefreshed': {
    en: 'The copy of {partner} was not refreshed: it has changes that were not collected ({changes}{more}). Run "Collect partner updates" first; settle conflicts and deleted rows with the partner in the copy. To start over with a new copy, clear {partner}\'s "{column}" cell in Partners.',
    km: 'ច្បាប់ចម្លងរបស់ {partner} មិនត្រូវបានធ្វើបច្ចុប្បន្នភាពទេ៖ វាមានការកែប្រែដែលមិនទាន់បានប្រមូល ({changes}{more})។ សូម "ប្រមូលការកែប្រែពីដៃគូ" ជាមុនសិន ហើយដោះស្រាយការខុសគ្នា និងជួរដេកដែលបានលុបជាមួយដៃគូក្នុងច្បាប់ចម្លង។ ដើម្បីចាប់ផ្តើមម្តងទៀតជាមួយច្បាប់ចម្លងថ្មី សូមលុបក្រឡា "{column}" របស់ {partner} ក្នុង Partners។',
  },
  'sync.notRefreshed.more': { en: ' and {count} more', km: ' និង {count} ទៀត' },
  'sync.change.cbosGone': { en: 'its "CBOs" sheet is gone', km: 'សន្លឹក "CBOs" របស់វាត្រូវបានលុប' },
  'sync.change.idHeader': { en: 'the "CBO ID" header was changed', km: 'ក្បាលជួរឈរ "CBO ID" ត្រូវបានផ្លាស់ប្តូរ' },
  'sync.change.columnAdded': { en: 'column "{column}" added', km: 'បានបន្ថែមជួរឈរ "{column}"' },
  'sync.change.columnGone': {
    en: 'column "{column}" renamed or removed',
    km: 'ជួរឈរ "{column}" ត្រូវបានប្តូរឈ្មោះ ឬលុប',
  },
  'sync.change.noId': { en: 'row {row} without CBO ID', km: 'ជួរដេក {row} គ្មាន CBO ID' },
  'sync.change.newRow': { en: 'new row {id}', km: 'ជួរដេកថ្មី {id}' },
  'sync.change.deleted': { en: '{id} deleted', km: '{id} ត្រូវបានលុប' },
  'sync.notShared': {
    en: 'The copy of {partner} is not shared with you{user}: ask whoever ran Create partner sheets to collect, or to run it again (it shares the copies with this workbook’s editors).',
    km: 'ច្បាប់ចម្លងរបស់ {partner} មិនបានចែករំលែកជាមួយអ្នក{user}ទេ៖ សូមស្នើអ្នកដែលបានបង្កើតសន្លឹកសម្រាប់ដៃគូ ឱ្យប្រមូល ឬបង្កើតវាម្តងទៀត។',
  },
  'sync.noCbosSheet': {
    en: 'The copy of {partner} has no "CBOs" sheet: nothing was collected.',
    km: 'ច្បាប់ចម្លងរបស់ {partner} គ្មានសន្លឹក "CBOs" ទេ៖ មិនបានប្រមូលអ្វីទេ។',
  },
  'sync.columnMissing': {
    en: 'Column missing from the partner copy: its values were not collected.',
    km: 'ជួរឈរនេះខ្វះនៅក្នុងច្បាប់ចម្លងរបស់ដៃគូ៖ តម្លៃរបស់វាមិនត្រូវបានប្រមូលទេ។',
  },
  'sync.columnExtra': {
    en: 'Column "{column}" was added in the partner copy: not collected (CBOs has no such column). Nothing to settle.',
    km: 'ជួរឈរ "{column}" ត្រូវបានបន្ថែមក្នុងច្បាប់ចម្លងរបស់ដៃគូ៖ មិនបានប្រមូលទេ (CBOs គ្មានជួរឈរនេះ)។ មិនចាំបាច់ដោះស្រាយអ្វីទេ។',
  },
  'sync.unreadable': {
    en: 'The partner value cannot be read in this column: not collected. Fix it in the copy.',
    km: 'មិនអាចអានតម្លៃរបស់ដៃគូក្នុងជួរឈរនេះបានទេ៖ មិនបានប្រមូល។ សូមកែវាក្នុងច្បាប់ចម្លង។',
  },
  'sync.idChanged': {
    en: 'Row {row} of the copy’s CBOs has CBO ID "{id}" where "{was}" was sent, and {was} is gone from the copy: the ID looks changed. Nothing was added or deleted. Type {was} back in the copy; or, if {id} is right (or a new CBO), change or add it in CBOs first.',
    km: 'ជួរដេក {row} នៃ CBOs ក្នុងច្បាប់ចម្លង មាន CBO ID "{id}" ជំនួស "{was}" ដែលបានផ្ញើ ហើយ {was} លែងមានក្នុងច្បាប់ចម្លង៖ ID ហាក់ដូចជាត្រូវបានប្តូរ។ មិនបានបន្ថែម ឬលុបអ្វីទេ។ សូមវាយ {was} វិញក្នុងច្បាប់ចម្លង ឬបើ {id} ត្រឹមត្រូវ (ឬជា CBO ថ្មី) សូមប្តូរ ឬបន្ថែមវាក្នុង CBOs ជាមុនសិន។',
  },
  'sync.noId': {
    en: 'No CBO ID in row {row} of the partner copy: not collected. Give the row a CBO ID.',
    km: 'គ្មាន CBO ID នៅជួរដេក {row} នៃច្បាប់ចម្លង៖ មិនបានប្រមូល។ សូមដាក់ CBO ID។',
  },
  'sync.repeatedId': {
    en: 'CBO ID repeated in row {row} of the partner copy: only the first row was collected.',
    km: 'CBO ID ស្ទួននៅជួរដេក {row} នៃច្បាប់ចម្លង៖ ប្រមូលតែជួរដេកទីមួយ។',
  },
  'sync.repeatedInMaster': {
    en: 'This CBO ID is on rows {rows} of CBOs: not collected until each row has its own ID.',
    km: 'CBO ID នេះមាននៅជួរដេក {rows} នៃ CBOs៖ មិនប្រមូលទេ រហូតដល់ជួរដេកនីមួយៗមាន ID ផ្ទាល់ខ្លួន។',
  },
  'sync.partnerChanged': {
    en: 'Partner changed to "{partner}" in the copy: refused (a partner only edits its own CBOs).',
    km: 'Partner ប្តូរទៅ "{partner}" ក្នុងច្បាប់ចម្លង៖ បដិសេធ (ដៃគូកែបានតែ CBO ខ្លួន)។',
  },
  'sync.otherOwner': {
    en: 'This CBO belongs to "{owner}" in CBOs: changes from {partner} refused.',
    km: 'CBO នេះជារបស់ "{owner}" នៅក្នុង CBOs៖ ការកែប្រែពី {partner} ត្រូវបានបដិសេធ។',
  },
  'sync.deletedInMaster': {
    en: 'Deleted from CBOs since the partner copy was made: the partner’s row was not re-added.',
    km: 'បានលុបពី CBOs ក្រោយបង្កើតច្បាប់ចម្លង៖ មិនបន្ថែមជួរដេកវិញ។',
  },
  'sync.differs': {
    en: 'Differs between CBOs and the partner copy, and was not in the copy when it was made: nothing overwritten.',
    km: 'ខុសគ្នារវាង CBOs និងច្បាប់ចម្លង ហើយមិនមានពេលបង្កើតច្បាប់ចម្លង៖ មិនសរសេរជាន់។',
  },
  'sync.changedBoth': {
    en: 'Changed both in CBOs and in the partner copy: nothing overwritten. Decide, then type the right value in CBOs.',
    km: 'បានកែទាំងក្នុង CBOs និងក្នុងច្បាប់ចម្លង៖ មិនសរសេរជាន់។ សូមសម្រេច រួចវាយតម្លៃត្រូវក្នុង CBOs។',
  },
  'sync.deletedInCopy': {
    en: 'Deleted from the partner copy: kept in CBOs. Delete it in CBOs if the partner is right.',
    km: 'បានលុបពីច្បាប់ចម្លង៖ រក្សាក្នុង CBOs។ លុបវាក្នុង CBOs បើដៃគូត្រូវ។',
  },
  'sync.formula': {
    en: 'CBOs has a formula in this cell: the partner value was not written. Change the formula or type the value in CBOs.',
    km: 'CBOs មានរូបមន្តក្នុងក្រឡានេះ៖ មិនសរសេរតម្លៃដៃគូ។ សូមកែរូបមន្ត ឬវាយតម្លៃក្នុង CBOs។',
  },
  'sync.logUser': { en: '{user} (from {partner})', km: '{user} (ពី {partner})' },
  'sync.logNewCbo': { en: 'New CBO {id}', km: 'CBO ថ្មី {id}' },
  // Change log (the on-edit trigger): places in words in Khmer, A1 in English (see logPlace)
  'log.row': { en: 'row {row}', km: 'ជួរដេក {row}' },
  'log.rows': { en: 'rows {first}–{last}', km: 'ជួរដេក {first}–{last}' },
  'log.column': { en: 'column {column}', km: 'ជួរឈរ {column}' },
  'log.columns': { en: 'columns {first}–{last}', km: 'ជួរឈរ {first}–{last}' },
  'log.oldUnknown': { en: '(not known for a paste)', km: '(មិនដឹង ព្រោះជាការបិទភ្ជាប់)' },
  'log.userUnknown': { en: '(unknown)', km: '(មិនស្គាល់)' },
  'log.pasted': {
    en: 'Pasted {count} cells in {sheet}!{place} (the first {cap} are listed above)',
    km: 'បានបិទភ្ជាប់ក្រឡា {count} ក្នុងសន្លឹក {sheet} {place} (ក្រឡា {cap} ដំបូងមាននៅខាងលើ)',
  },
  // Share report with partners
  'share.colleagueReport': {
    en: 'this report is a colleague’s and is not shared with you: ask the person who made it to share it with you as an editor, or to share it with partners themselves',
    km: 'របាយការណ៍នេះជារបស់សហការី ហើយមិនបានចែករំលែកជាមួយអ្នកទេ៖ សូមស្នើអ្នកបង្កើតវាឱ្យចែករំលែកជាមួយអ្នកជាអ្នកកែសម្រួល ឬឱ្យគាត់ចែករំលែកវាជាមួយដៃគូដោយខ្លួនឯង',
  },
  'share.viewOnly': {
    en: 'you may only view this report, so you cannot share it: ask the person who made it to make you an editor, or to share it with partners themselves',
    km: 'អ្នកអាចត្រឹមតែមើលរបាយការណ៍នេះ ដូច្នេះអ្នកមិនអាចចែករំលែកវាបានទេ៖ សូមស្នើអ្នកបង្កើតវាឱ្យដាក់អ្នកជាអ្នកកែសម្រួល ឬឱ្យគាត់ចែករំលែកវាជាមួយដៃគូដោយខ្លួនឯង',
  },
  'share.noLink': { en: 'no document link', km: 'គ្មានតំណឯកសារ' },
  'share.accessNotGiven': {
    en: 'access not given (share the report with this address by hand): {why}',
    km: 'មិនបានផ្តល់សិទ្ធិ (សូមចែករំលែករបាយការណ៍ជាមួយអាសយដ្ឋាននេះដោយដៃ)៖ {why}',
  },
  'share.emailNotSent': { en: 'e-mail not sent: {why}', km: 'មិនបានផ្ញើអ៊ីមែល៖ {why}' },
  'share.quotaUsed': { en: 'daily e-mail quota used up', km: 'ចំនួនអ៊ីមែលប្រចាំថ្ងៃបានអស់ហើយ' },
  'share.view': { en: 'View', km: 'មើល' },
  'share.driveInvitation': { en: 'Drive invitation', km: 'ការអញ្ជើញរបស់ Drive' },
  'share.badEmail': {
    en: 'not a valid e-mail address: this address gets no access and no e-mail',
    km: 'មិនមែនជាអាសយដ្ឋានអ៊ីមែលត្រឹមត្រូវទេ៖ អាសយដ្ឋាននេះមិនទទួលបានសិទ្ធិ ឬអ៊ីមែលទេ',
  },
  'share.noEmail': {
    en: '{partner} receives reports but has no e-mail address: share the report by hand',
    km: '{partner} ទទួលរបាយការណ៍ ប៉ុន្តែគ្មានអាសយដ្ឋានអ៊ីមែលទេ៖ សូមចែករំលែករបាយការណ៍ដោយដៃ',
  },
  'share.noEmailUnnamed': {
    en: 'The partner receives reports but has no e-mail address: share the report by hand',
    km: 'ដៃគូនេះទទួលរបាយការណ៍ ប៉ុន្តែគ្មានអាសយដ្ឋានអ៊ីមែលទេ៖ សូមចែករំលែករបាយការណ៍ដោយដៃ',
  },
  'share.noReport': {
    en: 'no progress report yet: generate it first (CBO Tracker › Generate progress report)',
    km: 'មិនទាន់មានរបាយការណ៍វឌ្ឍនភាពនៅឡើយទេ៖ សូមបង្កើតវាជាមុនសិន (CBO Tracker › បង្កើតរបាយការណ៍វឌ្ឍនភាព)',
  },
  'partners.refused.fix': {
    en: 'Collect partner updates first, then create the partner sheets again.',
    km: 'សូមប្រមូលការកែប្រែពីដៃគូជាមុនសិន រួចបង្កើតសន្លឹកសម្រាប់ដៃគូម្តងទៀត។',
  },
  // Create partner sheets: addresses a copy is not shared with
  'partners.badEmail': {
    en: '"{email}" is not an e-mail address: the copy of {partner} is not shared with it.',
    km: '"{email}" មិនមែនជាអ៊ីមែលទេ៖ ច្បាប់ចម្លងរបស់ {partner} មិនបានចែករំលែកជាមួយវាទេ។',
  },
  'partners.shareFailed': {
    en: 'The copy of {partner} was not shared with {email}: {error}',
    km: 'ច្បាប់ចម្លងរបស់ {partner} មិនបានចែករំលែកជាមួយ {email}៖ {error}',
  },
  'partners.shareFix': {
    en: 'Correct it in Partners › {column}, then run Create partner sheets again.',
    km: 'សូមកែវានៅ Partners › {column} រួចបង្កើតសន្លឹកសម្រាប់ដៃគូម្តងទៀត។',
  },
  'partners.problemLine': {
    en: '  {sheet} row {row}, {column}: {message} {fix}',
    km: '  {sheet} ជួរដេក {row}, {column}៖ {message} {fix}',
  },
} as const satisfies Record<string, Message>;
