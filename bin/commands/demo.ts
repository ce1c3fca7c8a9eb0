// `ringfence demo` (what `npm start` runs): a short guided tour. It compiles an example in
// memory, shows a method's bytecode, runs the program, then feeds the VM a hand-written hostile
// class file and a program that dies of an uncaught exception, showing what each costs and how
// each ends. Every step calls the same layers the other commands use.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assemble } from '../../vm/bytecode/assembler.ts';
import { decodeClass, encodeClass } from '../../vm/bytecode/codec.ts';
import { disassemble } from '../../vm/bytecode/disassembler.ts';
import { memoryClassSource } from '../../vm/runtime/class-source.ts';
import { launch, type LaunchResult } from '../../vm/runtime/launcher.ts';
import { HostConsoleKernel } from '../../vm/os/kernel.ts';
import { loadStdlib, REPO_ROOT } from '../../stdlib/build.ts';
import { compileOrExplain, compilerLookup } from './toolchain.ts';
import { buildRffs } from '../../hypervisor/guest/rffs.ts';
import { CORE_HZ } from '../../hypervisor/machine/costs.ts';
import { parseElf } from '../../hypervisor/machine/elf.ts';
import { VirtMachine } from '../../hypervisor/machine/virt.ts';

const ROOT = REPO_ROOT;

const HOSTILE_RFASM = `
.class public super Forge extends java/lang/Object
  .method public static main([Ljava/lang/String;)V
    .limit stack 2
    .limit locals 1
    Code:
         0: sipush 1234
         3: getfield java/lang/String.hash:I   // treat an int as a String reference
         6: pop
         7: return
  .end method
.end class
`;

const CRASH_SOURCE = `public class Crash {
    static int average(int[] values) {
        int sum = 0;
        for (int v : values) sum += v;
        return sum / values.length;
    }

    static void report(int[] values) {
        System.out.println("average = " + average(values));
    }

    public static void main(String[] args) {
        report(new int[] {3, 4, 8});
        report(new int[0]);
    }
}
`;

function heading(step: number, title: string): void {
  process.stdout.write(`\n\x1b[1m== ${step}. ${title}\x1b[0m\n`);
}

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

function run(classes: Map<string, Uint8Array>, location: string, mainClass: string, args: string[] = []): LaunchResult {
  const stdlib = loadStdlib();
  return launch({
    boot: stdlib.boot,
    classPath: [memoryClassSource(location, classes)],
    natives: stdlib.natives,
    kernel: new HostConsoleKernel(),
    mainClass,
    args,
  });
}

function summary(r: LaunchResult): string {
  return `-> outcome: ${r.outcome}, exit status ${r.exitCode}, ${r.instructions.toLocaleString('en-US')} bytecode instructions`;
}

export function demoCommand(): void {
  say('Ringfence: a Java-subset compiler and a verifying VM, written in TypeScript.');
  say('Every class below is compiled to bytes, then decoded and verified before it runs.');

  heading(1, 'Compile examples/fibonacci/Main.java in memory');
  const path = join(ROOT, 'examples', 'fibonacci', 'Main.java');
  const text = readFileSync(path, 'utf8');
  const t0 = performance.now();
  const stdlib = loadStdlib();
  const classes = compileOrExplain([{ path: 'examples/fibonacci/Main.java', text }], compilerLookup(undefined));
  const ms = performance.now() - t0;
  say(`compiled ${classes.size} class(es) in ${ms.toFixed(0)} ms, against a standard library of ${stdlib.classes.size} classes (itself compiled by this compiler)`);

  heading(2, 'Its bytecode (ringfence disasm), the fibRecursive method');
  const listing = disassemble(decodeClass(classes.get('Main')!, 'Main.class'));
  say(methodListing(listing, 'fibRecursive'));

  heading(3, 'Run it (ringfence run examples/fibonacci/Main.java)');
  say(summary(run(classes, 'file:examples/fibonacci/Main.java', 'Main')));

  heading(4, 'A hostile class file: an int used as an object reference');
  say('Hand-written bytecode (ringfence asm) that no compiler would emit:');
  say(HOSTILE_RFASM.trim().split('\n').slice(2, 8).join('\n'));
  const forged = new Map([['Forge', encodeClass(assemble(HOSTILE_RFASM, 'Forge.rfasm')[0])]]);
  say(summary(run(forged, 'file:Forge.rfasm', 'Forge')));
  say('The verifier refused it before a single instruction ran: the host was never reachable.');

  heading(5, 'An uncaught exception through several frames');
  const crash = compileOrExplain([{ path: 'Crash.java', text: CRASH_SOURCE }], compilerLookup(undefined));
  say(summary(run(crash, 'file:Crash.java', 'Crash')));

  heading(6, 'One level down: a simulated RISC-V machine running a small kernel in C');
  machineStep();

  say('\nNext: `npx ringfence --help`, the programs in examples/, and docs/ARCHITECTURE.md.');
}

/** Boots the committed guest kernel with a user program that faults on purpose. */
function machineStep(): void {
  say('The guest kernel (hypervisor/guest/kernel) boots in M-mode, enables Sv32 paging and runs');
  say('user processes in U-mode. Its init here is a program that makes its children fault:');
  const userBin = (name: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'hypervisor', 'guest', 'user', 'bin', `${name}.elf`)));
  const disk = buildRffs([
    { name: 'init', data: userBin('fault'), executable: true },
    { name: 'fault', data: userBin('fault'), executable: true },
    { name: 'hello', data: userBin('hello'), executable: true },
  ]);
  const out: number[] = [];
  const machine = VirtMachine.create({ disk, output: (b) => out.push(b) });
  machine.loadElf(parseElf(readFileSync(join(ROOT, 'hypervisor', 'guest', 'kernel', 'kernel.elf')), 'kernel.elf'));
  const t0 = performance.now();
  const exit = machine.run(500_000_000);
  const ms = performance.now() - t0;
  say(Buffer.from(out).toString('latin1').trimEnd().split('\n').map((l) => `  | ${l}`).join('\n'));
  const st = machine.stats();
  const e = (k: string): number => st.events[k] ?? 0;
  say(
    `${exit.kind === 'poweroff' ? `powered off (${exit.status})` : exit.kind}: ${st.instructions.toLocaleString('en-US')} RV32 instructions, ` +
      `${e('exceptions')} exceptions (${e('exception.EcallFromU')} system calls, ${e('exception.StorePageFault') + e('exception.LoadPageFault') + e('exception.InstructionPageFault')} page faults), ` +
      `${e('interrupts')} timer interrupts, ${e('tlbMisses')} TLB misses`,
  );
  say(`${(st.cycles / (CORE_HZ / 1000)).toFixed(1)} ms of simulated time at 100 MHz (the cost table, hypervisor/machine/costs.ts), simulated in ${ms.toFixed(0)} ms`);
  say('of host time, most of it the JavaScript engine warming up on this first run (steady-state speed: `npm run bench`).');
  say('Each faulting child was killed by the kernel; the kernel and its other processes went on.');
}

/** The lines of one method from a javap-style listing. */
function methodListing(listing: string, name: string): string {
  const lines = listing.split('\n');
  const start = lines.findIndex((l) => l.includes(` ${name}(`));
  if (start < 0) return listing;
  const end = lines.findIndex((l, i) => i > start && l.includes('.end method'));
  return lines.slice(start, end < 0 ? undefined : end + 1).join('\n');
}
