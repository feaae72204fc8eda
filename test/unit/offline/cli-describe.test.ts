/** What the CLI prints after a command: the same facts the menu's alert or toast says. */
import { describeSetup } from '../../../src/offline/commands/setup';
import type { SetupSummary } from '../../../src/sharing/setup/apply';

function summary(skipped: number): SetupSummary {
  return {
    createdSheets: [],
    addedColumns: {},
    seeded: [],
    dropdowns: 0,
    keptUserDropdowns: [],
    protections: { created: 0, updated: 0, unchanged: 2, skipped },
    problems: [],
  };
}

describe('describeSetup', () => {
  it("says how many protections a staff member's run left to their editors, as the toast does", () => {
    const text = describeSetup(summary(16));
    expect(text).toContain('Protections: 0 created, 0 updated, 2 unchanged');
    expect(text).toContain('16 protections left as they are: only their editors may change them.');
  });

  it('says it in Khmer, in Khmer digits', () => {
    expect(describeSetup(summary(16), 'km')).toContain('ការការពារ ១៦ មិនត្រូវបានកែប្រែទេ');
  });

  it('says nothing of it when every protection was the running user’s to change', () => {
    expect(describeSetup(summary(0))).not.toContain('left as they are');
  });
});
