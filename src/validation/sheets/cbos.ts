/** Rules of a CBOs row that need several cells: Province › District › Commune, members. Pure. */
import { localized as m, type Localized } from '../../i18n/messages';
import { GEOGRAPHY, SHEET } from '../../workbook/contract';
import { foldKey } from '../../workbook/matching';
import type { Severity } from '../../workbook/problem';
import type { Table, TableRow } from '../../workbook/table';
import { oneOf, type Checker, type ValueOf } from '../checker';
import { matchPlace, type Place } from '../geography';
import type { ProblemCode } from '../problems';

/** Counts that cannot exceed Members. */
const PARTS_OF_MEMBERS = [
  ['Women members', 'women-above-members'],
  ['Youth members', 'youth-above-members'],
] as const;

/** A CBO row: its place against Geography, and women and youth among its members. */
export function checkCboRow(checker: Checker, table: Table, row: TableRow, valueOf: ValueOf): void {
  const sheet = table.spec.name;
  checkPlace(checker, table, row);
  for (const [header, code] of PARTS_OF_MEMBERS) {
    const part = valueOf(header);
    const members = valueOf('Members');
    if (typeof part === 'number' && typeof members === 'number' && part > members) {
      checker.add(
        'error',
        sheet,
        row.rowNumber,
        header,
        checker.said(table.get(row, header)),
        code,
        m('v.aboveMembers', {
          column: header,
          value: checker.said(table.get(row, header)),
          members: checker.said(table.get(row, 'Members')),
        }),
        m(code === 'women-above-members' ? 'v.womenAbove.fix' : 'v.youthAbove.fix'),
      );
    }
  }
}

/** Province, District and Commune of a CBO, against Geography (English or Khmer names). */
function checkPlace(checker: Checker, table: Table, row: TableRow): void {
  const geography = checker.geography;
  if (!checker.input.tables[GEOGRAPHY.name] || geography.size === 0) return;
  const sheet = table.spec.name;
  const text = (header: string) => checker.shown(table.get(row, header));
  const add = (severity: Severity, header: string, code: ProblemCode, message: Localized, fix: Localized) =>
    checker.add(severity, sheet, row.rowNumber, header, text(header), code, message, fix);
  /** A place Geography does not have: "did you mean …" when a name is close, else the fix. */
  const unknown = (
    header: string,
    code: ProblemCode,
    message: Localized,
    suggestion: string | undefined,
    fix: () => Localized,
  ) => add('error', header, code, message, suggestion ? m('v.didYouMean', { suggestion }) : fix());
  const canonical = (header: string, place: Place, exact: boolean) => {
    if (!exact) {
      add(
        'warning',
        header,
        'non-canonical-spelling',
        m('v.spelled', {
          column: header,
          value: text(header),
          canonical: place.name,
          where: SHEET.geography,
        }),
        m('v.write', { canonical: place.name }),
      );
    }
  };
  const provinceText = text('Province');
  const districtText = text('District');
  const communeText = text('Commune');
  let province: Place | undefined;
  if (provinceText) {
    const match = matchPlace(geography.provinces, provinceText);
    if (!match) {
      unknown(
        'Province',
        'unknown-province',
        m('v.unknownProvince', { value: provinceText }),
        geography.suggest('provinces', provinceText),
        () => m('v.unknownProvince.fix'),
      );
      return;
    }
    canonical('Province', match.place, match.exact);
    province = match.place;
  }
  if (!districtText) return;
  let district: Place | undefined;
  const elsewhere = geography.districts.get(foldKey(districtText)) ?? [];
  if (province) {
    const match = matchPlace(province.children, districtText);
    if (!match) {
      if (elsewhere.length > 0) {
        const provinces = [...new Set(elsewhere.map((place) => place.parent?.name ?? ''))];
        add(
          'error',
          'District',
          'district-not-in-province',
          m('v.districtNotInProvince', {
            value: districtText,
            province: province.name,
            provinces: provinces.join(', '),
          }),
          m('v.districtNotInProvince.fix', { district: elsewhere[0].name, first: provinces[0] }),
        );
      } else {
        unknown(
          'District',
          'unknown-district',
          m('v.unknownDistrictOf', { value: districtText, province: province.name }),
          geography.suggest(province, districtText) ?? geography.suggest('districts', districtText),
          () =>
            m('v.unknownDistrictOf.fix', {
              province: province.name,
              values: oneOf(geography.childNames(province)),
            }),
        );
      }
      return;
    }
    canonical('District', match.place, match.exact);
    district = match.place;
  } else {
    if (elsewhere.length === 0) {
      unknown(
        'District',
        'unknown-district',
        m('v.unknownDistrict', { value: districtText }),
        geography.suggest('districts', districtText),
        () => m('v.unknownDistrict.fix'),
      );
      return;
    }
    if (elsewhere.length > 1) return; // the same name in several provinces: the Province decides
    district = elsewhere[0];
    canonical('District', district, districtText === district.name || districtText === district.khmer);
  }
  if (!communeText || district.children.size === 0) return;
  const match = matchPlace(district.children, communeText);
  if (match) {
    canonical('Commune', match.place, match.exact);
    return;
  }
  const others = geography.communes.get(foldKey(communeText)) ?? [];
  if (others.length > 0) {
    const districts = [...new Set(others.map((place) => place.parent?.name ?? ''))];
    add(
      'error',
      'Commune',
      'commune-not-in-district',
      m('v.communeNotInDistrict', {
        value: communeText,
        district: district.name,
        districts: districts.join(', '),
      }),
      m('v.communeNotInDistrict.fix', {
        district: district.name,
        values: oneOf(geography.childNames(district)),
      }),
    );
    return;
  }
  unknown(
    'Commune',
    'unknown-commune',
    m('v.unknownCommune', { value: communeText, district: district.name }),
    geography.suggest(district, communeText),
    () =>
      m('v.unknownCommune.fix', { district: district.name, values: oneOf(geography.childNames(district)) }),
  );
}
