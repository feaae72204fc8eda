import { CallCounter, Emulator, emulatedMethods } from '../../../src/offline/services/emulation';
import { CORE_CLASSES } from '../../../src/offline/services/registry';

class FakeThing {
  static gasClass = 'Thing';
  constructor(private readonly _child?: FakeThing) {}
  getChild(): FakeThing | undefined {
    return this._child;
  }
  getName(): string {
    return 'thing';
  }
  fail(): never {
    throw new Error('bad thing');
  }
  _internal(): number {
    return 1;
  }
}

describe('emulation layer', () => {
  const make = () => {
    const calls = new CallCounter();
    const emulator = new Emulator(calls, { Date, Error });
    return { calls, proxy: emulator.wrap(new FakeThing(new FakeThing())) };
  };

  it('counts each call as Class.method and wraps returned fakes', () => {
    const { calls, proxy } = make();
    proxy.getName();
    proxy.getChild()?.getName();
    expect(calls.byMethod()).toEqual({ 'Thing.getChild': 1, 'Thing.getName': 2 });
    expect(calls.total()).toBe(3);
    calls.reset();
    expect(calls.total()).toBe(0);
  });

  it('throws "not emulated" for members that are not implemented, including internals', () => {
    const { proxy } = make();
    expect(() => (proxy as unknown as { getFoo(): void }).getFoo()).toThrow('not emulated: Thing.getFoo');
    expect(() => proxy._internal()).toThrow('not emulated: Thing._internal');
  });

  it('rethrows errors from fakes with their message and counts the call', () => {
    const { calls, proxy } = make();
    expect(() => proxy.fail()).toThrow('bad thing');
    expect(calls.count('Thing.fail')).toBe(1);
  });

  it('lists emulated methods per class (public prototype methods)', () => {
    expect(emulatedMethods(FakeThing)).toEqual(['fail', 'getChild', 'getName']);
    const range = CORE_CLASSES.find((c) => c.gasClass === 'Range');
    expect(range && emulatedMethods(range)).toEqual(
      expect.arrayContaining(['getValues', 'setValues', 'setNotes']),
    );
  });
});
