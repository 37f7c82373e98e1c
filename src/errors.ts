/**
 * Typed errors carry their exit code (the policy is written down in bin/remiss.js):
 * 2 for usage and input errors. Anything else that escapes is a bug.
 */
export class RemissError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'RemissError';
    this.exitCode = exitCode;
  }
}

/** An input file that cannot be read as a round: names the file and the problem. */
export class InputError extends RemissError {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`, 2);
    this.name = 'InputError';
  }
}

export class UsageError extends RemissError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** A finding that sets the exit code without being an error (diff --exit-code: 1). */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
    this.name = 'ExitCode';
  }
}
