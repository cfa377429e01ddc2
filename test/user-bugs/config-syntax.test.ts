/** A syntax error in a JavaScript config names the file, line and column in one line (exit 2). */
import { describe, expect, it } from 'vitest';
import { parseCheckOutput } from '../../src/config/syntax-check.js';
import { makeProject, okrFile, run } from '../config/project.js';

const BROKEN_ESM = 'export default {\n  rules: {\n    "objective-kr-count": "warn",,\n  },\n};\n';

describe('syntax errors in JavaScript configuration files', () => {
  it('okrlint.config.mjs: file:line:col and the parser message, not the ESM loader noise', async () => {
    const outcome = await run(['.'], makeProject({ 'okrlint.config.mjs': BROKEN_ESM, 'pay.okr.yaml': okrFile(3) }));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe("okrlint: okrlint.config.mjs:3:34: SyntaxError: Unexpected token ','\n");
  });

  it('a .js config in a "type": "module" package is checked as ESM', async () => {
    const outcome = await run(['.'], makeProject({ 'package.json': '{"type":"module"}\n', 'okrlint.config.js': BROKEN_ESM, 'pay.okr.yaml': okrFile(3) }));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe("okrlint: okrlint.config.js:3:34: SyntaxError: Unexpected token ','\n");
    expect(outcome.stderr).not.toMatch(/require\(\)|race condition/);
  });

  it('a truncated .cjs config reports where the input ended', async () => {
    const outcome = await run(['.'], makeProject({ 'okrlint.config.cjs': 'module.exports = {\n  rules: {\n    x: 1\n', 'pay.okr.yaml': okrFile(3) }));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: okrlint.config.cjs:4:1: SyntaxError: Unexpected end of input\n');
  });

  it('--config with a broken file reports the same way; a config that throws keeps its own message', async () => {
    const root = makeProject({ 'team.config.mjs': BROKEN_ESM, 'okrlint.config.mjs': 'throw new Error("no settings for this team yet");\n', 'pay.okr.yaml': okrFile(3) });
    const named = await run(['--config', 'team.config.mjs', '.'], root);
    expect(named.stderr).toBe("okrlint: team.config.mjs:3:34: SyntaxError: Unexpected token ','\n");
    const throwing = await run(['.'], root);
    expect(throwing.code).toBe(2);
    expect(throwing.stderr).toBe('okrlint: Cannot load config file okrlint.config.mjs: no settings for this team yet\n');
  });

  it('reads the position from node --check output, with or without a caret', () => {
    const withCaret = '/p/c.mjs:2\n  a: ,\n     ^\n\nSyntaxError: Unexpected token \',\'\n    at checkSyntax\n';
    expect(parseCheckOutput(withCaret, '/p/c.mjs')).toEqual({ line: 2, column: 6, message: "Unexpected token ','" });
    expect(parseCheckOutput('something else entirely\n', '/p/c.mjs')).toBeUndefined();
  });
});
