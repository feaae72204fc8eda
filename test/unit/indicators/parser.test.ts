import {
  filterColumns,
  FilterSyntaxError,
  parseFilter,
  tokenize,
} from '../../../src/indicators/filter/parser';

function syntaxError(text: string): FilterSyntaxError {
  try {
    parseFilter(text);
  } catch (error) {
    if (error instanceof FilterSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected "${text}" not to parse`);
}

/** A compact rendering of the tree: (a or (b and c)). */
function show(text: string): string {
  const render = (e: ReturnType<typeof parseFilter>): string => {
    switch (e.type) {
      case 'and':
      case 'or':
        return `(${render(e.left)} ${e.type} ${render(e.right)})`;
      case 'not':
        return `not ${render(e.operand)}`;
      case 'compare':
        return `${e.column.name}${e.operator}${e.value.type === 'column' ? `[${e.value.name}]` : e.value.text}`;
      case 'in':
        return `${e.column.name} in ${e.values.map((v) => (v.type === 'column' ? v.name : v.text)).join('|')}`;
      case 'blank':
        return `${e.column.name} blank`;
      case 'has':
        return `has ${e.what}`;
    }
  };
  return render(parseFilter(text));
}

describe('filter parser', () => {
  test('the contract examples parse', () => {
    expect(show('[Target] = "Yes" and [Advocacy plan] = "Yes"')).toBe('(Target=Yes and Advocacy plan=Yes)');
    expect(show('[Level] in ("District", "Commune")')).toBe('Level in District|Commune');
    expect(show('[Members] >= 10')).toBe('Members>=10');
    expect(show('not [Notes] is blank')).toBe('not Notes blank');
    expect(show('[Target] = "Yes" and has Advocacy')).toBe('(Target=Yes and has Advocacy)');
  });

  test('and binds tighter than or; not binds tighter than and; parentheses override', () => {
    expect(show('[A] = 1 or [B] = 2 and [C] = 3')).toBe('(A=1 or (B=2 and C=3))');
    expect(show('[A] = 1 and [B] = 2 or [C] = 3')).toBe('((A=1 and B=2) or C=3)');
    expect(show('not [A] = 1 and [B] = 2')).toBe('(not A=1 and B=2)');
    expect(show('not ([A] = 1 and [B] = 2)')).toBe('not (A=1 and B=2)');
    expect(show('([A] = 1 or [B] = 2) and [C] = 3')).toBe('((A=1 or B=2) and C=3)');
  });

  test('keywords are case-insensitive; values may be quoted, bare words, numbers or columns', () => {
    expect(show("[Target] = 'Yes' AND NOT [Notes] IS NOT BLANK OR Has advocacy")).toBe(
      '((Target=Yes and not not Notes blank) or has advocacy)',
    );
    expect(show('[Target] = Yes')).toBe('Target=Yes');
    expect(show('[Mapped on] >= 2020-01-01 and [Mapped on] <= 31/12/2020')).toBe(
      '(Mapped on>=2020-01-01 and Mapped on<=31/12/2020)',
    );
    expect(show('[Women members] > [Youth members]')).toBe('Women members>[Youth members]');
    expect(show('[Province] != "Phnom Penh"')).toBe('Province!=Phnom Penh');
    expect(show('[Province] <> Kandal')).toBe('Province!=Kandal');
    // Spreadsheet and programming habits: == is =.
    expect(show('[Target] == "Yes"')).toBe('Target=Yes');
    expect(show('[Level] not in (District, Commune)')).toBe('not Level in District|Commune');
  });

  test('numbers with Khmer digits are numbers', () => {
    const expression = parseFilter('[Members] >= ១២');
    expect(expression).toMatchObject({ type: 'compare', value: { type: 'literal', number: 12 } });
    expect(parseFilter('[Members] >= 1.5')).toMatchObject({ value: { number: 1.5 } });
    expect(parseFilter('[Members] >= "12"')).toMatchObject({ value: { quoted: true } });
    expect(parseFilter('[Members] >= "12"')).not.toMatchObject({ value: { number: 12 } });
  });

  test('errors carry the 1-based character and a plain message', () => {
    expect(syntaxError('[Target] = "Yes" and [Members] =').message).toBe(
      'expected a value after = at character 33',
    );
    expect(syntaxError('[Province] = and').message).toBe('expected a value after = at character 14');
    expect(syntaxError('[Provnce = "Kandal"').message).toBe('unclosed bracket [ at character 1');
    expect(syntaxError('[Target] = "Yes').message).toBe('unclosed quote " at character 12');
    expect(syntaxError('([Target] = Yes').message).toMatch(
      /^expected \) to close the \( at character 1, found the end/,
    );
    expect(syntaxError('[Target] = Yes [Members] > 1').position).toBe(16);
    expect(syntaxError('Target = Yes').message).toMatch(/square brackets\) at character 1$/);
    expect(syntaxError('[Level] in (District, ').message).toBe('expected a value after , at character 23');
    expect(syntaxError('[Level] in "District"').message).toBe('expected ( after in at character 12');
    expect(syntaxError('[Notes] is full').message).toBe('expected blank after is at character 12');
    expect(syntaxError('').message).toBe('the filter is empty at character 1');
    expect(syntaxError('has').message).toBe('expected Advocacy after has at character 4');
    expect(syntaxError('[Target] = Yes and').message).toBe('expected a condition at character 19');
    expect(syntaxError('[A] ! 1').message).toMatch(/^unexpected ! .* at character 5$/);
  });

  test('tokenizer never runs text as code: anything else is a word or an error', () => {
    expect(tokenize('[A] = process.exit(1)').map((t) => t.type)).toEqual([
      'column',
      'op',
      'word',
      '(',
      'word',
      ')',
      'end',
    ]);
    expect(() => parseFilter('[A] = process.exit(1)')).toThrow(FilterSyntaxError);
  });

  test('filterColumns lists every column named', () => {
    expect(
      filterColumns(parseFilter('[A] = 1 and ([B] in (1, 2) or [C] > [D]) and not [E] is blank')).map(
        (c) => c.name,
      ),
    ).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});
