/** Long jobs' words in the sidebar and the menu's toasts: what a finished or stopped job did. */
import type { Message } from '../message';

export const JOB_MESSAGES = {
  'job.minutesMade': {
    en: '{made} minutes made',
    km: 'បានបង្កើតកំណត់ហេតុកិច្ចប្រជុំ {made}',
  },
  'job.reportsMade': {
    en: '{made} {made|progress report|progress reports} made',
    km: 'បានបង្កើតរបាយការណ៍វឌ្ឍនភាព {made}',
  },
  'job.newUpdated': {
    en: ' ({created} new, {updated} updated)',
    km: ' (ថ្មី {created} ធ្វើបច្ចុប្បន្នភាព {updated})',
  },
  'job.notMade': {
    en: '{failed} not made (see the problems)',
    km: 'មិនបានបង្កើត {failed} (សូមមើលបញ្ហា)',
  },
  'job.stopped': { en: 'stopped with {left} left', km: 'បានឈប់ នៅសល់ {left}' },
  'job.noPartner': {
    en: 'No partner in "Partners": no partner sheet made',
    km: 'គ្មានដៃគូក្នុង "Partners" ទេ៖ មិនបានបង្កើតសន្លឹកដៃគូទេ',
  },
  'job.sheetsMade': {
    en: '{made} {made|partner sheet|partner sheets} made, {refreshed} refreshed',
    km: 'បានបង្កើតសន្លឹកដៃគូ {made}, ធ្វើបច្ចុប្បន្នភាព {refreshed}',
  },
  'job.leftAlone': {
    en: ', {refused} left alone (changes not collected yet)',
    km: ', ទុកដដែល {refused} (ការកែប្រែមិនទាន់បានប្រមូលទេ)',
  },
  'job.collected': {
    en: '{updated} {updated|cell|cells} updated, {appended} {appended|new CBO|new CBOs} added, {conflicts} {conflicts|item|items} to check in "Sync conflicts"',
    km: 'បានធ្វើបច្ចុប្បន្នភាពក្រឡា {updated}, បានបន្ថែម CBO ថ្មី {appended}, មាន {conflicts} ត្រូវពិនិត្យក្នុង "Sync conflicts"',
  },
  /** A problem of a partner's copy, in the sidebar: "KHEN's copy, CBOs row 4 (Members): …". */
  'job.copyProblem': {
    en: "{partner}'s copy, {place}: {text}",
    km: 'ច្បាប់ចម្លងរបស់ {partner}, {place}៖ {text}',
  },
  'job.sheetRow': { en: '{sheet} row {row}', km: '{sheet} ជួរដេក {row}' },
  'job.inColumn': { en: '{place} ({column})', km: '{place} ({column})' },
  'job.notStarted': { en: 'The {job} job was not started', km: 'ការងារ "{job}" មិនទាន់បានចាប់ផ្តើមទេ' },
  'job.busy': {
    en: 'Another CBO Tracker job is running on this spreadsheet: try again in a minute',
    km: 'ការងារ CBO Tracker មួយទៀតកំពុងដំណើរការលើឯកសារនេះ៖ សូមព្យាយាមម្តងទៀតក្នុងមួយនាទីទៀត',
  },
} as const satisfies Record<string, Message>;
