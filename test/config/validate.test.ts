/** Point 3: a broken configuration is a fatal error naming the file, the place and what was expected. */
import { describe, expect, it } from 'vitest';
import { makeProject, okrFile, run } from './project.js';

async function configError(file: string, content: string, argv: string[] = ['.']): Promise<string> {
  const root = makeProject({ [file]: content, 'a.okr.yaml': okrFile(3) });
  const outcome = await run(argv, root);
  expect(outcome.code).toBe(2);
  expect(outcome.stdout, 'a broken config never falls back to a lint run').toBe('');
  return outcome.stderr;
}

describe('config file errors', () => {
  it('names an unknown rule id with the closest known ids', async () => {
    expect(await configError('.okrlintrc.yaml', 'rules:\n  objective-kr-cont: warn\n')).toBe(
      'okrlint: Invalid configuration in .okrlintrc.yaml:2:3: rules["objective-kr-cont"]: unknown rule "objective-kr-cont". Did you mean "objective-kr-count" or "objective-count"? Run "okrlint rules" for the list.\n',
    );
  });

  it('rejects a bad severity', async () => {
    expect(await configError('.okrlintrc.yaml', 'rules:\n  objective-kr-count: warning\n')).toBe(
      'okrlint: Invalid configuration in .okrlintrc.yaml:2:23: rules["objective-kr-count"]: expected a severity "off", "warn" or "error" (or 0, 1, 2) or [severity, {options}], got "warning".\n',
    );
  });

  it("checks options against the rule's own schema", async () => {
    expect(await configError('.okrlintrc.yaml', 'rules:\n  objective-kr-count: [warn, { min: three }]\n')).toBe(
      'okrlint: Invalid configuration in .okrlintrc.yaml:2:37: rules["objective-kr-count"][1].min: option "min" of rule "objective-kr-count" must be an integer, got "three".\n',
    );
  });

  it('names an unknown option and lists the known ones', async () => {
    expect(await configError('.okrlintrc.json', '{\n  "rules": {\n    "objective-kr-count": ["warn", { "minimum": 2 }]\n  }\n}\n')).toBe(
      'okrlint: Invalid configuration in .okrlintrc.json:3:38: rules["objective-kr-count"][1].minimum: unknown option "minimum" for rule "objective-kr-count"; its options are min, max.\n',
    );
  });

  it('rejects an unknown top-level key with a suggestion', async () => {
    expect(await configError('.okrlintrc.yaml', 'rule:\n  objective-kr-count: warn\n')).toBe(
      'okrlint: Invalid configuration in .okrlintrc.yaml:1:1: rule: unknown key "rule" (did you mean "rules"?); expected one of extends, plugins, rules, overrides, ignores, reportUnusedDisableDirectives.\n',
    );
  });

  it('places errors inside overrides', async () => {
    expect(await configError('.okrlintrc.yaml', 'overrides:\n  - rules:\n      objective-kr-count: "off"\n')).toBe(
      'okrlint: Invalid configuration in .okrlintrc.yaml:2:5: overrides[0]: missing "files", which is required.\n',
    );
    expect(await configError('.okrlintrc.yaml', 'overrides:\n  - files: 3\n    rules: {}\n')).toBe(
      'okrlint: Invalid configuration in .okrlintrc.yaml:2:12: overrides[0].files: expected a glob or a non-empty list of globs, got 3.\n',
    );
    expect(await configError('.okrlintrc.yaml', 'overrides:\n  - files: ["drafts/**"]\n    rules:\n      kr-nope: "off"\n')).toMatch(
      /^okrlint: Invalid configuration in \.okrlintrc\.yaml:4:7: overrides\[0\]\.rules\["kr-nope"\]: unknown rule "kr-nope"\./,
    );
  });

  it('rejects a wrong type for extends and ignores', async () => {
    expect(await configError('.okrlintrc.yaml', 'extends: 5\n')).toBe('okrlint: Invalid configuration in .okrlintrc.yaml:1:10: extends: expected a config name or a list of them, got 5.\n');
    expect(await configError('.okrlintrc.yaml', 'ignores: archive/**\n')).toBe('okrlint: Invalid configuration in .okrlintrc.yaml:1:10: ignores: expected a list, got "archive/**".\n');
  });

  it('rejects a config that is not a mapping', async () => {
    expect(await configError('.okrlintrc.yaml', '- okrlint:recommended\n')).toBe('okrlint: Invalid configuration in .okrlintrc.yaml:1:1: (top level): expected a mapping of keys to values, got ["okrlint:recommended"].\n');
  });

  it('names the path inside a JS config, which has no line numbers', async () => {
    expect(await configError('okrlint.config.cjs', 'module.exports = { rules: { "objective-kr-count": ["warn", { max: -1 }] } };')).toBe(
      'okrlint: Invalid configuration in okrlint.config.cjs: rules["objective-kr-count"][1].max: option "max" of rule "objective-kr-count" must be >= 1, got -1.\n',
    );
  });

  it('names the package.json key', async () => {
    expect(await configError('package.json', '{\n  "name": "okrs",\n  "okrlint": { "rules": { "kr-nope": "warn" } }\n}\n')).toMatch(
      /^okrlint: Invalid configuration in package\.json:3:27: rules\["kr-nope"\]: unknown rule "kr-nope"\./,
    );
  });

  it('says which plugin is missing for a namespaced rule', async () => {
    expect(await configError('.okrlintrc.yaml', 'rules:\n  acme/kr-short: warn\n')).toBe(
      'okrlint: Invalid configuration in .okrlintrc.yaml:2:3: rules["acme/kr-short"]: unknown rule "acme/kr-short": no plugin "acme" is loaded; add it to "plugins".\n',
    );
  });

  it('rejects an unknown preset', async () => {
    expect(await configError('.okrlintrc.yaml', 'extends: okrlint:strictest\n')).toBe(
      'okrlint: Invalid configuration in .okrlintrc.yaml:1:10: extends[0]: unknown preset "okrlint:strictest"; expected okrlint:recommended, okrlint:strict or okrlint:all.\n',
    );
  });
});

describe('--rule errors', () => {
  it('rejects an unknown rule with a suggestion', async () => {
    const root = makeProject({ 'a.okr.yaml': okrFile(3) });
    const outcome = await run(['--rule', 'objective-kr-cout: warn', '.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: Invalid configuration in --rule: rules["objective-kr-cout"]: unknown rule "objective-kr-cout". Did you mean "objective-kr-count" or "objective-count"? Run "okrlint rules" for the list.\n');
  });

  it('reports "__proto__" as an unknown rule, as a config file does, instead of dropping it', async () => {
    const root = makeProject({ 'a.okr.yaml': okrFile(3) });
    const outcome = await run(['--rule', '__proto__: warn', '.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: Invalid configuration in --rule: rules.__proto__: unknown rule "__proto__". Run "okrlint rules" for the list.\n');
  });

  it('rejects a value that is not a rule setting', async () => {
    const root = makeProject({ 'a.okr.yaml': okrFile(3) });
    const outcome = await run(['--rule', 'objective-kr-count', '.'], root);
    expect(outcome.stderr).toBe(`okrlint: --rule "objective-kr-count" is not a rule setting; write 'rule-id: warn' or 'rule-id: [warn, {"option": 1}]'.\n`);
    const bad = await run(['--rule', 'objective-kr-count: loud', '.'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('okrlint: Invalid configuration in --rule "objective-kr-count: loud": rules["objective-kr-count"]: expected a severity "off", "warn" or "error" (or 0, 1, 2) or [severity, {options}], got "loud".\n');
  });

  it('rejects bad options given on the command line', async () => {
    const root = makeProject({ 'a.okr.yaml': okrFile(3) });
    const outcome = await run(['--rule', 'objective-kr-count: [warn, {"min": "two"}]', '.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: Invalid configuration in --rule: rules["objective-kr-count"][1].min: option "min" of rule "objective-kr-count" must be an integer, got "two".\n');
  });
});
