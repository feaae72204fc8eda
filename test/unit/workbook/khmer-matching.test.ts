import { foldKey, Vocabulary } from '../../../src/workbook/matching';

describe('Khmer spellings that look the same', () => {
  // Kandal: the gazetteer spells the province with subscript TA (្ត) and Kandal Stueng with
  // subscript DA (្ដ); both render identically, and people type either.
  const withTa = 'កណ្តាល';
  const withDa = 'កណ្ដាល';

  it('subscript DA and subscript TA share a key', () => {
    expect(withTa).not.toBe(withDa);
    expect(foldKey(withDa)).toBe(foldKey(withTa));
  });

  it('a vocabulary matches either spelling, not exactly', () => {
    const match = new Vocabulary([withTa, 'តាកែវ']).match(withDa);
    expect(match).toEqual({ canonical: withTa, exact: false });
  });

  it('other Khmer letters stay distinct', () => {
    expect(foldKey('តាកែវ')).not.toBe(foldKey('ដាកែវ'));
    expect(foldKey(withTa)).toBe(withTa);
  });
});
