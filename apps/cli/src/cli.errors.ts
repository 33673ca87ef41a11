/** Exit codes of the CLI (sysexits.h where one fits). */
export const EXIT = {
  ok: 0,
  /** Some rows failed (the others went through), or an unexpected error. */
  failure: 1,
  usage: 64,
  /** The input file cannot be parsed as a whole (a bad CSV header, an unclosed quote). */
  dataError: 65,
  noInput: 66,
  cannotCreate: 73,
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
