/**
 * The checks the engine itself makes (not rules): what each is about, its level and what to
 * do about it. One table for `okrlint explain`, SARIF's driver rules and the README.
 */
export interface BuiltinCheck {
  description: string;
  level: 'error' | 'warning';
  /** What the user does about a finding. */
  fix: string;
}

export const BUILTIN_CHECKS: Readonly<Record<string, BuiltinCheck>> = {
  'yaml/syntax': { description: 'The file is not valid YAML.', level: 'error', fix: 'Fix the YAML at the reported line and column (indentation, a missing colon, an unclosed quote or bracket); the rest of that document is not linted until it parses.' },
  'yaml/duplicate-key': { description: 'A mapping repeats a key.', level: 'error', fix: 'Keep one of the two keys: YAML readers silently keep only the last value.' },
  'yaml/alias-limit': { description: 'The file expands too many YAML aliases.', level: 'error', fix: 'Write the repeated parts out instead of expanding `*aliases` thousands of times.' },
  'yaml/nesting-limit': { description: 'The YAML nests too deeply to read safely.', level: 'error', fix: 'Flatten the structure: an OKR file needs only a few levels (file, objectives, key results).' },
  'yaml/ambiguous-boolean': { description: 'A YAML 1.1 boolean word (yes, no, on, off) that readers may take for text.', level: 'warning', fix: 'Quote the word ("yes") if you mean text, or write true/false if you mean a boolean.' },
  schema: { description: 'The OKR file does not follow the OKR file schema.', level: 'error', fix: 'Change the key or value the message names; schema/okr.schema.json describes every key (point your editor at it).' },
  'okr/not-okr-file': { description: 'The file is not an OKR file (period, team and objectives); a file holding no YAML document at all is a warning.', level: 'error', fix: 'Add period, team and objectives, or keep the file out of the run (rename it so it does not end in .okr.yaml, or list it under "ignores").' },
  'file/binary': { description: 'The file is binary, not YAML text.', level: 'error', fix: 'Keep binary files out of the run: name only YAML files, or add the file to "ignores" / .okrlintignore.' },
  'file/encoding': { description: 'The file is not valid UTF-8.', level: 'error', fix: 'Save the file as UTF-8 in your editor.' },
  'file/too-large': { description: 'The file is larger than the size limit (--max-file-size).', level: 'error', fix: 'Split the file by team or period, or raise the limit with --max-file-size (e.g. 5mb).' },
  'file/unreadable': { description: 'The file could not be read.', level: 'error', fix: 'Check that the file exists and that you may read it (permissions, a broken link).' },
  'okrlint/unknown-rule': { description: 'A disable comment names a rule that does not exist.', level: 'error', fix: 'Correct the rule id in the comment (the message suggests the closest one); "okrlint rules" lists them.' },
  'okrlint/unused-disable-directive': { description: 'A disable comment suppresses nothing.', level: 'warning', fix: 'Remove the comment, or the rule id that no longer matches anything.' },
};

export function builtinCheck(id: string): BuiltinCheck | undefined {
  return Object.hasOwn(BUILTIN_CHECKS, id) ? BUILTIN_CHECKS[id] : undefined;
}
