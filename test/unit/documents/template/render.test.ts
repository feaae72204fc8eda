import {
  editedText,
  renderContainer,
  renderTable,
  sequentialLabels,
  type OutputItem,
  type RenderContext,
  type TemplateNode,
} from '../../../../src/documents/template/render';
import type { TemplateData } from '../../../../src/documents/template';

const p = (text: string): TemplateNode => ({ type: 'PARAGRAPH', text });
const context = (): RenderContext => ({ problems: [], replaced: 0 });

function render(nodes: TemplateNode[], data: TemplateData, ctx = context()): OutputItem[] {
  return renderContainer(nodes, [data], sequentialLabels('body', nodes), ctx);
}

/** Each output item as "k: text". */
const shown = (nodes: TemplateNode[], items: OutputItem[]) =>
  items.map((item) => `${item.k}: ${item.clear ? '' : editedText(nodes[item.k], item.edits)}`);

describe('template structure resolved before any document call', () => {
  test('a block of conditional kinds keeps only the surviving template paragraphs, no tag paragraphs', () => {
    const nodes = [
      p('Notes'),
      p('{{#Paragraphs}}'),
      p('{{#Text}}'),
      p('{{Text}}'),
      p('{{/Text}}'),
      p('{{#Numbered}}'),
      p('{{Number}}. {{Numbered}}'),
      p('{{/Numbered}}'),
      p('{{/Paragraphs}}'),
      p('End'),
    ];
    const items = render(nodes, {
      Paragraphs: [
        { Text: 'He welcomed all.', Numbered: '', Number: '' },
        { Text: '', Numbered: 'Good governance', Number: '1' },
        { Text: '', Numbered: '$1 \\ {{x}}', Number: '2' },
      ],
    });
    expect(shown(nodes, items)).toEqual([
      '0: Notes',
      '3: He welcomed all.',
      '6: 1. Good governance',
      '6: 2. $1 \\ {{x}}',
      '9: End',
    ]);
  });

  test('a section closing the body leaves its last paragraph, emptied', () => {
    const nodes = [p('Start'), p('{{#Items}}'), p('{{.}}'), p('{{/Items}}')];
    expect(shown(nodes, render(nodes, { Items: ['one', 'two'] }))).toEqual([
      '0: Start',
      '2: one',
      '2: two',
      '3: ',
    ]);
  });

  test('problems name the place and the item; replacements are counted', () => {
    const nodes = [p('{{#Items}}'), p('{{Nope}} {{A}}'), p('{{/Items}}'), p('z')];
    const ctx = context();
    render(nodes, { Items: [{ A: 1 }, { A: 2 }] }, ctx);
    expect(ctx.problems.map((x) => x.place)).toEqual([
      'body paragraph 2 (Items item 1)',
      'body paragraph 2 (Items item 2)',
    ]);
    expect(ctx.replaced).toBe(2);
  });

  test('a row section is one stamp with its section tags masked, rendered once per item', () => {
    const rows = [
      { cells: [{ text: 'Name' }, { text: 'Organisation' }] },
      {
        cells: [
          { text: '{{#People}}{{Name}}', children: [p('{{#People}}{{Name}}')] },
          { text: '{{Org}}{{/People}}', children: [p('{{Org}}{{/People}}')] },
        ],
      },
    ];
    const plans = renderTable(
      rows,
      [
        {
          People: [
            { Name: 'Dara', Org: 'CBO A' },
            { Name: 'Srey', Org: '' },
          ],
        },
      ],
      'body table 1',
      context(),
    );
    expect(plans.map((plan) => [plan.first, plan.last, !!plan.section])).toEqual([
      [0, 0, false],
      [1, 1, true],
    ]);
    const stamp = plans[1].section?.stamp ?? [];
    expect(stamp[0].cells.map((cell) => cell.children?.[0].text)).toEqual([
      `${' '.repeat(11)}{{Name}}`,
      `{{Org}}${' '.repeat(11)}`,
    ]);
    const texts = plans[1].repetitions.map((repetition) =>
      repetition[0].map((items, c) => {
        const node = stamp[0].cells[c].children?.[0] as TemplateNode;
        return items?.map((item) => editedText(node, item.edits));
      }),
    );
    expect(texts).toEqual([
      [['Dara'], ['CBO A']],
      [['Srey'], ['']],
    ]);
  });
});

describe('no empty bullets', () => {
  const li = (text: string): TemplateNode => ({ type: 'LIST_ITEM', text });
  test.each([
    [
      'a sub-bullet whose value is blank',
      [li('{{Text}}'), li('{{Sub}}'), p('End')],
      { Text: 'a', Sub: '' },
      ['0: a', '2: End'],
    ],
    ['a bullet of an empty list', [li('{{Points}}'), p('End')], { Points: [] }, ['1: End']],
    ['a bullet of blank lines', [li('{{Points}}'), p('End')], { Points: ' \n ' }, ['1: End']],
    [
      'a bullet with text around a blank value stays',
      [li('– {{Sub}}'), p('End')],
      { Sub: '' },
      ['0: – ', '1: End'],
    ],
    [
      'a paragraph (not a list item) with a blank value stays',
      [p('{{Sub}}'), p('End')],
      { Sub: '' },
      ['0: ', '1: End'],
    ],
    [
      'the last list item of a container is emptied, not removed',
      [p('Start'), li('{{Sub}}')],
      { Sub: '' },
      ['0: Start', '1: '],
    ],
  ] as const)('%s', (_, nodes, data, expected) => {
    expect(shown([...nodes], render([...nodes], data as TemplateData))).toEqual(expected);
  });

  test('a repeated section with sub-bullets leaves none empty', () => {
    const nodes = [p('{{#Items}}'), li('{{Text}}'), li('{{Sub bullet}}'), p('{{/Items}}'), p('End')];
    const items = render(nodes, {
      Items: [
        { Text: 'one', 'Sub bullet': 'one.a' },
        { Text: 'two', 'Sub bullet': '' },
      ],
    });
    expect(shown(nodes, items)).toEqual(['1: one', '2: one.a', '1: two', '4: End']);
  });
});
