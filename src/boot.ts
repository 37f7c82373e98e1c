/**
 * Starting the command-line program (bin/remiss.js): the V8 settings it runs with, then the
 * program itself. Only what a cold start needs; the commands are loaded by src/cli/main.ts.
 */
import v8 from 'node:v8';

/**
 * V8 flags of the program, each with its reason; set before any of the program is loaded.
 *
 * --no-regexp-tier-up: V8 first runs a regular expression in its bytecode interpreter and
 * compiles it to machine code only after it has been used a while. The analysis runs a few
 * hundred patterns (the cue lexicons, the heading and furniture shapes) over every line or
 * sentence of a round, most of them from the first line on, so each is interpreted for a while
 * and then compiled anyway: compiling at once took 60 ms off a cold `tabulate` of the 2023 round
 * (600 ms) and changes no result (docs/benchmarks.md).
 */
export const V8_FLAGS: readonly string[] = ['--no-regexp-tier-up'];

let flagsSet = false;

/** Set V8_FLAGS on this process (once). */
export function setV8Flags(): void {
  if (flagsSet) return;
  for (const f of V8_FLAGS) v8.setFlagsFromString(f);
  flagsSet = true;
}

/** The program's entry (src/cli/main.ts), with the V8 flags set before it loads. */
export async function loadProgram(): Promise<typeof import('./cli/main.js')> {
  setV8Flags();
  return import('./cli/main.js');
}
