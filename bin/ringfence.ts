// The `ringfence` command line: parses arguments with commander and calls the layers. It holds
// no logic of its own beyond turning arguments into calls and results into exit statuses.

import { Command } from 'commander';
import { machineCommand } from './commands/machine.ts';
import { guard } from './commands/errors.ts';

// Commands load their layers only when they run: the compiler's lexer and parser are built when
// their module is evaluated, which `ringfence machine run` should not pay for. (The esbuild
// bundle keeps dynamically imported modules unevaluated until the import runs.)
const runCommand = lazy(async () => (await import('./commands/run.ts')).runCommand);
const compileCommand = lazy(async () => (await import('./commands/compile.ts')).compileCommand);
const asmCommand = lazy(async () => (await import('./commands/asm.ts')).asmCommand);
const disasmCommand = lazy(async () => (await import('./commands/disasm.ts')).disasmCommand);
const demoCommand = lazy(async () => (await import('./commands/demo.ts')).demoCommand);

function lazy<A extends unknown[]>(load: () => Promise<(...args: A) => unknown>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    await load().then((action) => action(...args));
  };
}

const program = new Command();
program
  .name('ringfence')
  .description('Compile and run Java-subset programs on the Ringfence VM')
  .enablePositionalOptions()
  .showHelpAfterError();

program
  .command('run')
  .description('run Main.java from source (like `java Main.java`), or a compiled class (like `java -cp CP Main`)')
  .argument('<target>', 'a .java source file, or the binary name of a main class')
  .argument('[args...]', 'arguments passed to main')
  .option('--classpath <path>', 'class path: directories of class files separated by ":"')
  .option('--source-path <dir>', 'directory of further sources compiled with a source-file target')
  .option('--max-instructions <n>', 'stop the program after this many bytecode instructions')
  .passThroughOptions()
  .action(guard(runCommand));

program
  .command('compile')
  .description('compile source files to class files (like `javac -d OUTDIR`)')
  .argument('<files...>', '.java source files')
  .requiredOption('-d <outdir>', 'output directory for class files')
  .option('--classpath <path>', 'class path of already compiled classes, separated by ":"')
  .action(guard(compileCommand));

program
  .command('asm')
  .description('assemble a textual .rfasm file into class files')
  .argument('<file>', '.rfasm source')
  .requiredOption('-d <outdir>', 'output directory for class files')
  .action(guard(asmCommand));

program
  .command('disasm')
  .description('disassemble class files (like `javap -c -p`)')
  .argument('<paths...>', 'class files or directories of class files')
  .action(guard(disasmCommand));

program
  .command('demo')
  .description('a short guided tour: compile, disassemble and run an example')
  .action(guard(demoCommand));

program.addCommand(machineCommand());

await program.parseAsync(javaStyleAliases(process.argv));

/**
 * Accepts java's `-cp` and `-classpath` spellings (commander allows only one-letter short
 * flags). Only options before the run target are rewritten, so program arguments pass as typed.
 */
function javaStyleAliases(argv: string[]): string[] {
  const out = argv.slice(0, 3);
  let passedTarget = false;
  for (let i = 3; i < argv.length; i++) {
    const arg = argv[i];
    if (!passedTarget && (arg === '-cp' || arg === '-classpath' || arg === '--class-path')) out.push('--classpath');
    else out.push(arg);
    if (!arg.startsWith('-') && !(argv[i - 1] ?? '').match(/^(-cp|-classpath|--class-path|--classpath|--source-path|--max-instructions|-d)$/)) {
      passedTarget = true;
    }
  }
  return out;
}
