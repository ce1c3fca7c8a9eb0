// keepAsDoubles (double-fields.ts): values are kept, only number fields are accepted, and a
// hart's CSRs, counters and reservation, and a machine's time, take values at or above 2^31
// without changing the object's hidden class (V8's %HaveSameMap, through --allow-natives-syntax).
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { Cpu } from '../../../hypervisor/machine/cpu.ts';
import { keepAsDoubles } from '../../../hypervisor/machine/double-fields.ts';
import { Ram, RAM_BASE } from '../../../hypervisor/machine/memory.ts';
import { VirtMachine } from '../../../hypervisor/machine/virt.ts';

setFlagsFromString('--allow-natives-syntax');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b);') as (a: object, b: object) => boolean;

describe('keepAsDoubles', () => {
  it('keeps every value', () => {
    const o = { a: 0, b: -7, c: 0x80000000, d: 2.5 };
    keepAsDoubles(o, ['a', 'b', 'c', 'd']);
    expect(o).toEqual({ a: 0, b: -7, c: 0x80000000, d: 2.5 });
    expect(Object.is(o.a, 0)).toBe(true);
  });

  it('refuses a field that is not a number', () => {
    expect(() => keepAsDoubles({ a: 'x' }, ['a'])).toThrow(/a is not a number field/);
    expect(() => keepAsDoubles({}, ['missing'])).toThrow(/missing is not a number field/);
  });

  it('a small-integer field given a large value changes the hidden class (the control)', () => {
    class Plain {
      f = 0;
      g = 0;
    }
    const a = new Plain();
    const b = new Plain();
    b.f = 0x80000000;
    expect(haveSameMap(a, b)).toBe(false);
  });

  it("a hart's CSRs, counters and reservation take values >= 2^31 in the same hidden class", () => {
    const fresh = new Cpu(new Ram(4096, RAM_BASE));
    const used = new Cpu(new Ram(4096, RAM_BASE));
    used.mtvec = 0x80000100;
    used.mepc = 0xfffffffc;
    used.satp = 0x80000000;
    used.reservation = 0x80001000;
    used.extraCycles = 2 ** 40;
    expect(haveSameMap(fresh, used)).toBe(true);
  });

  it("a machine's time passes 2^31 cycles in the same hidden class", () => {
    const fresh = VirtMachine.create({ memMiB: 8 });
    const used = VirtMachine.create({ memMiB: 8 });
    const fields = used as unknown as Record<string, number>;
    fields.nowCycles = 2 ** 33;
    fields.deadline = Infinity;
    expect(haveSameMap(fresh, used)).toBe(true);
  });
});
