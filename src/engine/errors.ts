/** A rule threw while linting a file: named with the rule and the file (exit 2). */
export class RuleFailure extends Error {
  constructor(
    readonly ruleId: string,
    readonly filePath: string,
    readonly reason: unknown,
  ) {
    super(`Rule "${ruleId}" failed on ${filePath}: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'RuleFailure';
  }
}

/** A problem that stops the run: bad arguments, unreadable input, broken config. */
export class FatalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FatalError';
  }
}
