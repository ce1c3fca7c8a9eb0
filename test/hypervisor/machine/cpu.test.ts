// The M-mode RV32IMA interpreter: small assembled programs run from RAM, then registers,
// memory and trap CSRs are checked. Programs end by storing to a test finisher device.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../hypervisor/machine/asm.ts';
import { AMO_MISALIGNED, CSR, Cpu, MSTATUS_MIE, MSTATUS_MPIE, mulh, mulhsu, mulhu, type RunExit } from '../../../hypervisor/machine/cpu.ts';
import { EVENT_CYCLES, INSN_CYCLES } from '../../../hypervisor/machine/costs.ts';
import { lookup } from '../../../hypervisor/machine/decode.ts';
import { encode } from '../../../hypervisor/machine/encode.ts';
import { INSNS, registerNumber, type InsnSpec } from '../../../hypervisor/machine/isa.ts';
import { BUS_FAULT, Ram, RAM_BASE, type Bus, type BusFault, type Width } from '../../../hypervisor/machine/memory.ts';
import { Exception } from '../../../hypervisor/machine/trap.ts';

import { FINISHER, TestBus } from './harness.ts';

const EXIT = `
  li t6, ${FINISHER}
  li t5, 0x5555
  sw t5, 0(t6)
`;

interface Machine {
  cpu: Cpu;
  ram: Ram;
  sym: Map<string, number>;
  exit: RunExit;
  reg(name: string): number;
}

/** Assembles `src` + a finisher store at 0x80000000, runs it, and expects the finisher stop. */
function exec(src: string, maxSteps = 100_000): Machine {
  const m = boot(`${src}\n${EXIT}`);
  m.exit = m.cpu.run(maxSteps);
  expect(m.exit.kind, `program should reach the finisher, pc=0x${m.cpu.pc.toString(16)}`).toBe('stop');
  return m;
}

function boot(src: string): Machine {
  const r = assemble(src, { base: RAM_BASE });
  const ram = new Ram(64 * 1024);
  ram.loadImage(r.bytes);
  const bus = new TestBus(ram);
  const cpu = new Cpu(bus);
  bus.cpu = cpu;
  return {
    cpu,
    ram,
    sym: r.symbols,
    exit: { kind: 'budget', steps: 0 },
    reg: (name) => cpu.x[registerNumber(name)!]!,
  };
}

const u = (v: number) => v >>> 0;

describe('RV32I', () => {
  it('adds and subtracts modulo 2^32 and compares signed and unsigned', () => {
    const m = exec(`
      li a0, 0x7fffffff
      addi a1, a0, 1
      li a2, -1
      sub a3, zero, a2
      slt a4, a2, zero
      sltu a5, a2, zero
      slti a6, a2, 0
      sltiu a7, zero, -1
    `);
    expect(m.reg('a1')).toBe(-0x80000000);
    expect(m.reg('a3')).toBe(1);
    expect([m.reg('a4'), m.reg('a5'), m.reg('a6'), m.reg('a7')]).toEqual([1, 0, 1, 1]);
  });

  it('shifts logically and arithmetically using only the low five bits of rs2', () => {
    const m = exec(`
      li a0, 0x80000001
      srli a1, a0, 4
      srai a2, a0, 4
      slli a3, a0, 1
      li t0, 33
      sll a4, a0, t0
      sra a5, a0, t0
      srl a6, a0, t0
    `);
    expect(u(m.reg('a1'))).toBe(0x08000000);
    expect(u(m.reg('a2'))).toBe(0xf8000000);
    expect(m.reg('a3')).toBe(2);
    expect(m.reg('a4')).toBe(2);
    expect(u(m.reg('a5'))).toBe(0xc0000000);
    expect(u(m.reg('a6'))).toBe(0x40000000);
  });

  it('lui and auipc build addresses relative to the instruction', () => {
    const m = exec(`
      lui a0, 0xfffff
      here: auipc a1, 1
    `);
    expect(u(m.reg('a0'))).toBe(0xfffff000);
    expect(u(m.reg('a1'))).toBe(m.sym.get('here')! + 0x1000);
  });

  it('keeps x0 zero whatever is written to it', () => {
    const m = exec(`
      addi zero, zero, 5
      lui zero, 1
      add a0, zero, zero
    `);
    expect(m.cpu.x[0]).toBe(0);
    expect(m.reg('a0')).toBe(0);
  });

  it('loops with branches: sum 1..10 is 55, and bltu treats -1 as the largest value', () => {
    const m = exec(`
      li a0, 0
      li t0, 1
      li t1, 11
    loop:
      add a0, a0, t0
      addi t0, t0, 1
      blt t0, t1, loop
      li t2, -1
      li a1, 0
      bltu t2, t1, skip
      li a1, 1
    skip:
      li a2, 0
      blt t2, t1, taken
      li a2, 7
    taken:
    `);
    expect(m.reg('a0')).toBe(55);
    expect(m.reg('a1')).toBe(1);
    expect(m.reg('a2')).toBe(0);
  });

  it('jal and jalr link the return address and jalr clears bit 0 of the target', () => {
    const m = exec(`
      li a0, 0
      jal ra, f
      j out
    f:
      addi a0, a0, 9
      addi ra, ra, 1
      jalr zero, 0(ra)
    out:
    `);
    expect(m.reg('a0')).toBe(9);
  });

  it('loads sign- and zero-extend bytes and halfwords and store only their width', () => {
    const m = exec(`
      la s0, buf
      li t0, 0x12345680
      sw t0, 0(s0)
      li t1, 0xff
      sb t1, 4(s0)
      li t1, 0x8001
      sh t1, 6(s0)
      lb a0, 0(s0)
      lbu a1, 0(s0)
      lh a2, 6(s0)
      lhu a3, 6(s0)
      lw a4, 4(s0)
      lb a5, 3(s0)
      j end
      .align 2
    buf: .word 0, 0x5a5a5a5a
    end:
    `);
    expect(m.reg('a0')).toBe(-128);
    expect(m.reg('a1')).toBe(0x80);
    expect(m.reg('a2')).toBe(-0x7fff);
    expect(m.reg('a3')).toBe(0x8001);
    expect(u(m.reg('a4'))).toBe(0x80015aff);
    expect(m.reg('a5')).toBe(0x12);
  });

  it('performs misaligned loads and stores in RAM (as QEMU does for plain loads and stores)', () => {
    const m = exec(`
      li s0, 0x80001001
      li t0, 0x11223344
      sw t0, 0(s0)
      lw a0, 0(s0)
      lhu a1, 1(s0)
    `);
    expect(u(m.reg('a0'))).toBe(0x11223344);
    expect(m.reg('a1')).toBe(0x2233);
  });
});

describe('M extension', () => {
  it('follows the spec table for division by zero and signed overflow (§7.2)', () => {
    const m = exec(`
      li t0, 7
      li t1, -0x80000000
      li t2, -1
      div a0, t0, zero
      divu a1, t0, zero
      rem a2, t0, zero
      remu a3, t0, zero
      div a4, t1, t2
      rem a5, t1, t2
      li t3, -7
      li t4, 2
      div a6, t3, t4
      rem a7, t3, t4
    `);
    expect(m.reg('a0')).toBe(-1);
    expect(u(m.reg('a1'))).toBe(0xffffffff);
    expect(m.reg('a2')).toBe(7);
    expect(m.reg('a3')).toBe(7);
    expect(m.reg('a4')).toBe(-0x80000000);
    expect(m.reg('a5')).toBe(0);
    expect(m.reg('a6')).toBe(-3);
    expect(m.reg('a7')).toBe(-1);
  });

  const i32 = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, 1, -1, -(2 ** 31), 2 ** 31 - 1));
  const big = (v: number, signed: boolean) => BigInt(signed ? v | 0 : v >>> 0);
  const low32 = (v: bigint) => Number(BigInt.asIntN(32, v));

  it('high-word multiplies equal BigInt products for all operand signs', () => {
    fc.assert(
      fc.property(i32, i32, (a, b) => {
        expect(mulh(a, b)).toBe(low32((big(a, true) * big(b, true)) >> 32n));
        expect(mulhsu(a, b)).toBe(low32((big(a, true) * big(b, false)) >> 32n));
        expect(mulhu(a >>> 0, b >>> 0)).toBe(low32((big(a, false) * big(b, false)) >> 32n));
      }),
      { numRuns: 5000 },
    );
  });

  it('mul*, div* and rem* executed by the CPU agree with BigInt arithmetic', () => {
    fc.assert(
      fc.property(i32, i32, (a, b) => {
        const m = exec(`
          li t0, ${a}
          li t1, ${b}
          mul a0, t0, t1
          mulh a1, t0, t1
          mulhsu a2, t0, t1
          mulhu a3, t0, t1
          div a4, t0, t1
          divu a5, t0, t1
          rem a6, t0, t1
          remu a7, t0, t1
        `);
        const [sa, sb, ua, ub] = [big(a, true), big(b, true), big(a, false), big(b, false)];
        expect(m.reg('a0')).toBe(low32(sa * sb));
        expect(m.reg('a1')).toBe(low32((sa * sb) >> 32n));
        expect(m.reg('a2')).toBe(low32((sa * ub) >> 32n));
        expect(m.reg('a3')).toBe(low32((ua * ub) >> 32n));
        if (b !== 0 && !(a === -(2 ** 31) && b === -1)) {
          expect(m.reg('a4')).toBe(low32(sa / sb));
          expect(m.reg('a6')).toBe(low32(sa % sb));
        }
        if (b !== 0) {
          expect(m.reg('a5')).toBe(low32(ua / ub));
          expect(m.reg('a7')).toBe(low32(ua % ub));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('A extension', () => {
  it('sc.w fails without a reservation and succeeds after lr.w to the same address', () => {
    const m = exec(`
      li s0, 0x80002000
      li t0, 5
      sc.w a0, t0, (s0)
      lw a1, 0(s0)
      lr.w a2, (s0)
      li t1, 6
      sc.w a3, t1, (s0)
      lw a4, 0(s0)
      sc.w a5, t0, (s0)
    `);
    expect([m.reg('a0'), m.reg('a1')]).toEqual([1, 0]);
    expect([m.reg('a3'), m.reg('a4')]).toEqual([0, 6]);
    expect(m.reg('a5')).toBe(1);
  });

  it('a misaligned sc.w fails with rd = 1 and writes nothing (reservations are aligned), as on QEMU', () => {
    const m = exec(`
      li s0, 0x80002000
      lr.w a0, (s0)
      li t0, 9
      addi s1, s0, 1
      sc.w a1, t0, (s1)
      lw a2, 0(s0)
    `);
    expect([m.reg('a1'), m.reg('a2')]).toEqual([1, 0]);
  });

  it('amo*.w return the old value and store the combined one', () => {
    const m = exec(`
      li s0, 0x80002000
      li t0, -3
      sw t0, 0(s0)
      li t1, 10
      amoadd.w a0, t1, (s0)
      lw a1, 0(s0)
      amoswap.w a2, t0, (s0)
      amomin.w a3, t1, (s0)
      lw a4, 0(s0)
      amominu.w a5, t1, (s0)
      lw a6, 0(s0)
      amomaxu.w zero, t0, (s0)
      lw a7, 0(s0)
      amoxor.w zero, t0, (s0)
      lw s1, 0(s0)
      li t2, 0xf0
      amoor.w zero, t2, (s0)
      amoand.w s2, t2, (s0)
      lw s3, 0(s0)
      amomax.w s4, t1, (s0)
      lw s5, 0(s0)
    `);
    expect([m.reg('a0'), m.reg('a1'), m.reg('a2')]).toEqual([-3, 7, 7]);
    expect([m.reg('a3'), m.reg('a4')]).toEqual([-3, -3]);
    expect([m.reg('a5'), m.reg('a6')]).toEqual([-3, 10]);
    expect([m.reg('a7'), m.reg('s1')]).toEqual([-3, 0]);
    expect([m.reg('s2'), m.reg('s3')]).toEqual([0xf0, 0xf0]);
    expect([m.reg('s4'), m.reg('s5')]).toEqual([0xf0, 0xf0]);
  });

  it('a misaligned AMO raises the QEMU-compatible misaligned cause and leaves memory alone', () => {
    const m = boot(`
      li s0, 0x80002002
      li t0, 1
      bad: amoadd.w a0, t0, (s0)
    `);
    m.cpu.run(4);
    expect(m.cpu.mcause).toBe(AMO_MISALIGNED);
    expect(m.cpu.mtval).toBe(0x80002002);
    expect(m.cpu.mepc).toBe(m.sym.get('bad'));
    expect(m.ram.load(0x80002000, 4)).toBe(0);
  });
});

describe('traps and MRET', () => {
  const HANDLER = `
    .align 2
  handler:
    csrr s0, mcause
    csrr s1, mepc
    csrr s2, mtval
    csrr s3, mstatus
    addi s1, s1, 4
    csrw mepc, s1
    addi s4, s4, 1
    mret
  `;

  it('ecall lands in the mtvec handler with mcause 11 and mepc at the ecall, and mret returns after it', () => {
    const m = exec(`
      la t0, handler
      csrw mtvec, t0
      csrsi mstatus, 8
      li a0, 1
    call_site:
      ecall
      li a0, 2
      csrr a1, mstatus
      j done
      ${HANDLER}
    done:
    `);
    expect(m.reg('s0')).toBe(Exception.EcallFromM);
    expect(u(m.reg('s1'))).toBe(m.sym.get('call_site')! + 4);
    expect(m.reg('s2')).toBe(0);
    expect(m.reg('s4')).toBe(1);
    // Inside the handler MIE was 0 and MPIE held the old MIE; mret restored it.
    expect(m.reg('s3') & (MSTATUS_MIE | MSTATUS_MPIE)).toBe(MSTATUS_MPIE);
    expect(m.reg('a1') & MSTATUS_MIE).toBe(MSTATUS_MIE);
    expect(m.reg('a0')).toBe(2);
  });

  it('an illegal instruction traps with mtval = the instruction word', () => {
    const m = exec(`
      la t0, handler
      csrw mtvec, t0
    bad:
      .word 0xffffffff
      j done
      ${HANDLER}
    done:
    `);
    expect(m.reg('s0')).toBe(Exception.IllegalInstruction);
    expect(u(m.reg('s1'))).toBe(m.sym.get('bad')! + 4);
    expect(u(m.reg('s2'))).toBe(0xffffffff);
  });

  it('unknown CSRs and writes to read-only CSRs are illegal; reads of read-only CSRs are not', () => {
    const m = exec(`
      la t0, handler
      csrw mtvec, t0
      csrr a0, 0x7c0
      csrw mhartid, t0
      csrr a1, mhartid
      csrr a2, misa
      csrw mvendorid, t0
      csrw 0x7c2, t0
      j done
      ${HANDLER}
    done:
    `);
    expect(m.reg('s4')).toBe(4);
    expect(m.reg('a1')).toBe(0);
    expect(u(m.reg('a2'))).toBe(0x40141101); // MXL=1, A I M S U
  });

  it('a load outside RAM raises a load access fault with mtval = the address', () => {
    const m = exec(`
      la t0, handler
      csrw mtvec, t0
      li t1, 0x1000
      li a0, 77
    bad:
      lw a0, 4(t1)
      j done
      ${HANDLER}
    done:
    `);
    expect(m.reg('s0')).toBe(Exception.LoadAccessFault);
    expect(u(m.reg('s1'))).toBe(m.sym.get('bad')! + 4);
    expect(m.reg('s2')).toBe(0x1004);
    expect(m.reg('a0')).toBe(77);
  });

  it('a store past the end of RAM raises a store access fault; a fetch outside RAM an instruction access fault', () => {
    const m = boot(`
      la t0, h
      csrw mtvec, t0
      li t1, 0x80010000
      sw t1, -2(t1)
      h: j h
    `);
    m.cpu.run(8);
    expect(m.cpu.mcause).toBe(Exception.StoreAccessFault);
    expect(m.cpu.mtval).toBe(0x8000fffe);
    const f = boot(`li t0, 0x2000\njr t0`);
    f.cpu.run(3);
    expect(f.cpu.mcause).toBe(Exception.InstructionAccessFault);
    expect(f.cpu.mtval).toBe(0x2000);
    expect(f.cpu.mepc).toBe(0x2000);
  });

  it('a jump to an address not on a 4-byte boundary traps on the jump with mtval = the target', () => {
    const m = boot(`
      li t0, 0x80000102
      j: jalr ra, 0(t0)
    `);
    m.cpu.run(3);
    expect(m.cpu.mcause).toBe(Exception.InstructionAddressMisaligned);
    expect(m.cpu.mtval).toBe(0x80000102);
    expect(m.cpu.mepc).toBe(m.sym.get('j'));
    expect(m.reg('ra')).toBe(0);
  });

  it('step() returns the trap as a value; ebreak leaves mtval 0 as QEMU does', () => {
    const m = boot('ebreak');
    m.cpu.mtvec = 0x80000100;
    expect(m.cpu.step()).toEqual({ kind: 'trap', cause: Exception.Breakpoint, tval: 0 });
    expect(m.cpu.pc).toBe(0x80000100);
  });

  it('vectored mtvec still sends exceptions to BASE, and reserved modes are not written', () => {
    const m = boot('ecall');
    expect(m.cpu.csrWrite(CSR.mtvec, 0x80000201)).toBe(true);
    expect(m.cpu.csrWrite(CSR.mtvec, 0x80000302)).toBe(true);
    expect(m.cpu.mtvec).toBe(0x80000201);
    m.cpu.step();
    expect(m.cpu.pc).toBe(0x80000200);
  });
});

describe('counters and the run loop', () => {
  it('instret counts retired instructions but not trapping ones; cycle charges both by the cost table', () => {
    const m = boot('nop\nnop\n.word 0\nnop');
    m.cpu.mtvec = 0x80000000;
    m.cpu.run(3);
    expect(m.cpu.cycle).toBe(2 * INSN_CYCLES.alu + INSN_CYCLES.system + EVENT_CYCLES.trap);
    expect(m.cpu.instret).toBe(2);
  });

  it('a csrw to minstret sets the value the next instruction reads', () => {
    const m = exec('li t0, 100\ncsrw minstret, t0\ncsrr a0, minstret\ncsrr a1, instreth');
    expect(m.reg('a0')).toBe(100);
    expect(m.reg('a1')).toBe(0);
  });

  it('run returns a budget exit after exactly maxSteps steps', () => {
    const m = boot('loop: j loop');
    expect(m.cpu.run(1000)).toEqual({ kind: 'budget', steps: 1000 });
  });

  it('run returns the stop a device requested, with its code', () => {
    const m = exec('nop');
    expect(m.exit).toEqual({ kind: 'stop', steps: 5, request: { source: 'finisher', code: 0x5555 } });
  });

  it('every row of the instruction table has semantics (in M-mode only mret to U without PMP is illegal, as QEMU 7.2)', () => {
    for (const spec of INSNS as readonly InsnSpec[]) {
      const ram = new Ram(4096);
      const cpu = new Cpu(ram);
      cpu.mtvec = 0x80000800;
      const csr = spec.format === 'csr' || spec.format === 'csri' ? CSR.mscratch : 0;
      const f = { rd: 0, rs1: 0, rs2: 0, imm: 0, csr, aq: false, rl: false, pred: 0, succ: 0, fm: 0 };
      ram.store(RAM_BASE, 4, encode(spec, f));
      const t = cpu.step();
      const illegal = t?.cause === Exception.IllegalInstruction;
      expect(illegal, spec.op).toBe(spec.op === 'mret');
    }
  });

  it('dispatch follows the table: a word traps as illegal iff no row matches it, and the step counts in its row', () => {
    // Words around every major opcode (and with bits 1..0 not 0b11), the other fields random:
    // the interpreter dispatches on encoding fields, the table decides what is legal.
    const majors = [0x03, 0x0f, 0x13, 0x17, 0x23, 0x2f, 0x33, 0x37, 0x63, 0x67, 0x6f, 0x73];
    const word = fc.tuple(fc.constantFrom(...majors), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 0x1ffffff }), fc.integer({ min: 0, max: 7 }), fc.constantFrom(0, 0x01, 0x20, 0x7f))
      .map(([op, low, rest, f3, f7]) => (((rest << 7) & 0x01ff8f80) | (f3 << 12) | (f7 << 25) | (op & ~3) | (low === 0 ? op & 3 : low)) >>> 0);
    fc.assert(
      fc.property(word, (w) => {
        const ram = new Ram(4096);
        const cpu = new Cpu(ram);
        cpu.mtvec = 0x80000800;
        for (let r = 1; r < 32; r++) cpu.x[r] = RAM_BASE + 0x400 + 4 * r;
        ram.store(RAM_BASE, 4, w);
        const t = cpu.step();
        const spec = lookup(w);
        const row = spec === undefined ? INSNS.length : (INSNS as readonly InsnSpec[]).indexOf(spec);
        expect(Array.from(cpu.rowCounts).map((n, i) => (n === 0 ? -1 : i)).filter((i) => i >= 0)).toEqual([row]);
        if (spec === undefined) {
          expect(t?.cause).toBe(Exception.IllegalInstruction);
          expect(cpu.mtval).toBe(w);
        } else if (spec.cls !== 'csr' && spec.cls !== 'system') expect(t?.cause).not.toBe(Exception.IllegalInstruction);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('RAM', () => {
  it('answers inside [base, base+size) little-endian and faults outside, including straddling the end', () => {
    const ram = new Ram(4096);
    expect(ram.store(RAM_BASE + 4092, 4, 0x11223344)).toBeUndefined();
    expect(ram.load(RAM_BASE + 4092, 1)).toBe(0x44);
    expect(ram.load(RAM_BASE + 4094, 2)).toBe(0x1122);
    expect(ram.load(RAM_BASE + 4094, 4)).toBe(BUS_FAULT);
    expect(ram.load(RAM_BASE - 1, 1)).toBe(BUS_FAULT);
    expect(ram.store(RAM_BASE + 4096, 1, 0)).toBe(BUS_FAULT);
    expect(ram.load(0xffffffff, 4)).toBe(BUS_FAULT);
  });
});
