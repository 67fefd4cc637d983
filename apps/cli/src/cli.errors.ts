/** Exit codes of the CLI; documented in `--help`. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
/** The command cannot apply to this set-up (nothing was touched), e.g. reindexing the embedded engine. */
export const EXIT_NOT_APPLICABLE = 2;

/** An expected failure with a message for the operator: printed without a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
