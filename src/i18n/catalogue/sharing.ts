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
    km: 'Yes ឬ No (បាទ ចាស ទេ Y/N និង TRUE/FALSE ក៏អានបានដែរ)។',
  },
  'dropdown.other': {
    en: 'Other values are kept but marked with a warning; "Validate data" lists them.',
    km: 'តម្លៃផ្សេងទៀតត្រូវបានរក្សាទុក ប៉ុន្តែត្រូវបានសម្គាល់ជាការព្រមាន ហើយ "ពិនិត្យទិន្នន័យ" រាយបញ្ជីពួកវា។',
  },
  'partners.heldBack': {
    en: 'Not collected: fix it in the partner copy, then collect again.',
    km: 'មិនទាន់បានប្រមូល៖ សូមកែវានៅក្នុងច្បាប់ចម្លងរបស់ដៃគូ រួចប្រមូលម្តងទៀត។',
  },

  // Header notes of a Khmer partner copy: what each CBOs column holds.
  'column.CBO ID': {
    en: 'The CBO’s ID: keep it as it is (collect matches rows by it).',
    km: 'លេខសម្គាល់ CBO៖ សូមកុំកែប្រែ (ការប្រមូលផ្គូផ្គងជួរដេកតាមលេខនេះ)។',
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
} as const satisfies Record<string, Message>;
