#!/usr/bin/env node
// remiss — command-line entry.
//
// Exit-code policy (the contract of scripts built on remiss):
//   0  success;
//   1  the command ran and reports a finding (remiss diff --exit-code: the rounds differ);
//   2  usage or input error (bad flag, missing or unreadable file, not a round) and internal errors.
// Errors are one line on stderr, with no stack trace unless --verbose. stdout carries only the
// product (table, CSV, JSON). A closed pipe (remiss xref | head -1) ends the program quietly.
import { run } from '../dist/cli/main.js';

process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(0);
  throw e;
});

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
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
  (e) => {
    process.stderr.write(`remiss: internal error: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 2;
  },
);
