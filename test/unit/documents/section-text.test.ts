import { FakeDocumentApp } from '../../../src/offline/services/document';

describe('emulated DocumentApp: the text of a section or table cell', () => {
  test('formatting and appendText reach the paragraphs inside, as in Apps Script', () => {
    const doc = new FakeDocumentApp().create('t');
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText('First');
    body.appendParagraph('Second');
    const cell = body.appendTable([['{{#Rows}}{{A}}', '{{B}}']]).getCell(0, 1);
    body.editAsText().setFontFamily('Battambang');
    cell.editAsText().setBold(true).appendText('{{/Rows}}');
    expect(body.getChild(1).asParagraph().editAsText().getFontFamily()).toBe('Battambang');
    expect(cell.getText()).toBe('{{B}}{{/Rows}}');
    expect(cell.editAsText().isBold(0)).toBe(true);
    expect(body.getChild(0).asParagraph().editAsText().isBold()).toBeNull();
    expect(() => body.editAsText().deleteText(0, 1)).toThrow('not emulated');
  });
});
