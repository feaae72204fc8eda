/**
 * The Geography sheet indexed by folded names (English and Khmer), so that checking a CBO's
 * Province, District and Commune is a few map look-ups. Near-miss suggestions are computed only
 * for values that fail, and cached per distinct value.
 */
import { foldKey, Vocabulary } from '../workbook/matching';
import type { Table } from '../workbook/table';
import { cleanText } from '../workbook/values';

export interface Place {
  /** English name as Geography spells it (Khmer when no English name is given). */
  name: string;
  khmer: string;
  children: Map<string, Place>;
  /** Parent place (a district's province, a commune's district). */
  parent?: Place;
}

export interface PlaceMatch {
  place: Place;
  /** Typed exactly as Geography spells the English or the Khmer name. */
  exact: boolean;
}

function newPlace(name: string, khmer: string, parent?: Place): Place {
  return { name: name || khmer, khmer, children: new Map(), parent };
}

function addChild(parent: Map<string, Place>, name: string, khmer: string, owner?: Place): Place | undefined {
  const keys = [foldKey(name), foldKey(khmer)].filter((key) => key !== '');
  if (keys.length === 0) return undefined;
  let place: Place | undefined;
  for (const key of keys) place = place ?? parent.get(key);
  if (!place) place = newPlace(name, khmer, owner);
  if (!place.khmer && khmer) place.khmer = khmer;
  if (name && place.name === place.khmer && place.name !== name) place.name = name;
  for (const key of keys) if (!parent.has(key)) parent.set(key, place);
  return place;
}

export function matchPlace(places: Map<string, Place>, text: string): PlaceMatch | undefined {
  const place = places.get(foldKey(text));
  if (!place) return undefined;
  return { place, exact: text === place.name || (place.khmer !== '' && text === place.khmer) };
}

function uniquePlaces(places: Iterable<Place>): Place[] {
  return [...new Set(places)];
}

export class GeographyIndex {
  readonly provinces = new Map<string, Place>();
  /** Every district by folded name, whatever its province. */
  readonly districts = new Map<string, Place[]>();
  /** Every commune by folded name, whatever its district. */
  readonly communes = new Map<string, Place[]>();
  private readonly vocabularies = new Map<Place | string, Vocabulary>();
  private readonly suggestions = new Map<string, string | undefined>();

  constructor(table: Table | undefined) {
    if (!table) return;
    for (const row of table.rows) {
      const text = (header: string) => cleanText(table.get(row, header));
      const province = addChild(this.provinces, text('Province'), text('Province (Khmer)'));
      if (!province) continue;
      const district = addChild(province.children, text('District'), text('District (Khmer)'), province);
      if (!district) continue;
      this.remember(this.districts, district);
      const commune = addChild(district.children, text('Commune'), text('Commune (Khmer)'), district);
      if (commune) this.remember(this.communes, commune);
    }
  }

  private remember(index: Map<string, Place[]>, place: Place): void {
    for (const key of [foldKey(place.name), foldKey(place.khmer)]) {
      if (!key) continue;
      const list = index.get(key) ?? [];
      if (!list.includes(place)) list.push(place);
      index.set(key, list);
    }
  }

  get size(): number {
    return this.provinces.size;
  }

  /** The closest name among places (English or Khmer), for a value that did not match. */
  suggest(scope: Place | 'provinces' | 'districts' | 'communes', text: string): string | undefined {
    const cacheKey = `${typeof scope === 'string' ? scope : scope.name + '\u0000' + scope.parent?.name}\u0001${foldKey(text)}`;
    if (this.suggestions.has(cacheKey)) return this.suggestions.get(cacheKey);
    let vocabulary = this.vocabularies.get(scope);
    if (!vocabulary) {
      const places =
        scope === 'provinces'
          ? uniquePlaces(this.provinces.values())
          : scope === 'districts'
            ? uniquePlaces([...this.districts.values()].flat())
            : scope === 'communes'
              ? uniquePlaces([...this.communes.values()].flat())
              : uniquePlaces(scope.children.values());
      vocabulary = new Vocabulary(places.flatMap((place) => [place.name, place.khmer]).filter(Boolean));
      this.vocabularies.set(scope, vocabulary);
    }
    const suggestion = vocabulary.suggest(text);
    this.suggestions.set(cacheKey, suggestion);
    return suggestion;
  }

  /** Names of the children of a place, for "use one of" hints. */
  childNames(place: Place): string[] {
    return uniquePlaces(place.children.values()).map((child) => child.name);
  }
}
