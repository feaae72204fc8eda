/** The example's `Lists` sheet: the vocabularies the CBO mapping, advocacy and reports use. */

export const SECTORS = [
  'Agriculture',
  'Fisheries',
  'Forestry',
  "Women's rights",
  'Youth',
  'Health',
  'Education',
  'Savings and credit',
  'Land rights',
  'Water and sanitation',
  'Older people',
  'Persons with disabilities',
] as const;
export type Sector = (typeof SECTORS)[number];

export const REGISTRATIONS = [
  'Registered with Ministry of Interior',
  'Registered with Ministry of Agriculture',
  'Registered with commune',
  'Not registered',
] as const;

/** The ten advocacy issues of the reference progress report (2020), as list labels. */
export const ISSUES = {
  accessToInformation: 'Access to information law (draft)',
  communePlanning: 'Commune planning and budgeting for social services',
  streetVendors: "Young women street vendors' livelihood",
  districtServices: 'Public services of district administrations',
  communeAdministrations: 'Commune administrations',
  healthCentres: 'Health centres',
  primarySchools: 'Primary schools',
  policePosts: 'Police posts',
  oneWindow: 'One window service offices',
  covid: 'Impact of Covid-19 on vulnerable groups',
} as const;
export type IssueKey = keyof typeof ISSUES;

export const ORGANISATION_TYPES = [
  'CBO',
  'LNGO',
  'INGO',
  'Network',
  'Government',
  'Development partner',
  'Private sector',
] as const;

export const PARTICIPANT_TYPES = [
  'CBO',
  'LNGO',
  'INGO',
  'CCC',
  'Development partner',
  'Government',
  'Private sector',
] as const;

export const REPORT_SECTIONS = [
  'Activities and results',
  'Lessons learned',
  'Challenges',
  'The way forward',
] as const;

/** The Lists sheet: one column per list. */
export const EXAMPLE_LISTS: Readonly<Record<string, readonly string[]>> = {
  Sector: SECTORS,
  Registration: REGISTRATIONS,
  Issue: Object.values(ISSUES),
  'Organisation type': ORGANISATION_TYPES,
  'Participant type': PARTICIPANT_TYPES,
  'Report section': REPORT_SECTIONS,
};
