#!/usr/bin/env node
// remiss — command-line entry.
//
// Exit-code policy (the contract of scripts built on remiss):
//   0  success;
//   1  the command ran and reports a finding (remiss diff --exit-code: the rounds differ);
//   2  usage or input error (bad flag, missing or unreadable file, not a round) and internal errors.
// Errors are one line on stderr, with no stack trace unless --verbose. stdout carries only the
// product (table, CSV, JSON). A closed pipe (remiss xref | head -1) ends the program quietly.
import { loadProgram } from '../dist/boot.js';

// The program, from its one-file build when there is one (src/boot.ts).
const { run } = await loadProgram();

const verbose = process.argv.includes('--verbose');

/** The last resort: one line, exit 2, the stack only with --verbose. */
function die(e, what) {
  process.stderr.write(`remiss: ${what}: ${e && e.message ? e.message : e}${verbose ? '' : ' (--verbose visar var)'}\n`);
  if (verbose && e && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exit(2);
}

process.stdout.on('error', (e) => {
  // The reader went away (remiss xref | head -1): it has what it wanted; end quietly.
  if (e && e.code === 'EPIPE') process.exit(0);
  die(e, 'kan inte skriva till standard ut');
});
// A closed stderr must not crash the program either; there is no one left to tell.
process.stderr.on('error', () => undefined);
// Nothing should escape run(); if something does (a library's stray async error), it is still
// one line and exit 2, not a Node stack dump.
process.on('uncaughtException', (e) => die(e, 'internt fel'));

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  columns: process.stdout.columns,
  async readStdin() {
    const chunks = [];
    for await (const c of process.stdin) chunks.push(c);
    return Buffer.concat(chunks);
  },
};

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => die(e, 'internt fel'),
);
