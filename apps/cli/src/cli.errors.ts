/** Exit codes of the CLI (sysexits.h where one fits). */
export const EXIT = {
  ok: 0,
  /** An unexpected error. */
  failure: 1,
  usage: 64,
} as const;

/** An error the operator can act on: its message is printed as it is, and the CLI exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
