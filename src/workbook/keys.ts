/**
 * User text as a key. A CBO Tracker workbook is typed by people: a Source, a header, a filter value
 * or a sheet name can be `constructor`, `__proto__` or `toString`. A plain object looked up with
 * such text answers with what Object.prototype has (a function) and an assignment to `__proto__`
 * changes the object's prototype instead of storing the value. So a table keyed by user text is a
 * Map, a null-prototype object (`dictionary()`), or is read through `own()`.
 */

/** An object without a prototype: every key, `__proto__` included, is an ordinary entry. */
export function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The value of a table's own key (undefined for `constructor`, `__proto__`, ... unless listed). */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
