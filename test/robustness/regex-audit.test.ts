/**
 * Adversarial text (issue 7, point 6), part 1: every regular-expression literal in src/ and
 * rules/ is found with the TypeScript parser and run against long, repetitive inputs built
 * to trigger backtracking. A regex that backtracks catastrophically (exponentially or
 * quadratically) takes seconds on these; a linear one takes well under a millisecond.
 * Part 2 (100 KB titles through every rule) is adversarial-text.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LENGTH = 20_000;
const BOUND_MS = 250;

interface Literal {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function regexLiterals(): Literal[] {
  const found: Literal[] = [];
  for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'rules'))]) {
    const text = readFileSync(file, 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const slash = literal.lastIndexOf('/');
        const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
        found.push({ where: `${relative(root, file)}:${line + 1}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

/** Repetitions of the pieces regexes over OKR text care about, each ending in a mismatch. */
const UNITS = ['a', 'A', '1', ' ', '\t', '1,', '1.', '0.5 ', '40% ', '-', 'a-', "a'", 'a.', '.', '%', '$', '{{', '{{ a', 'ab ', 'from 1 to ', 'by ', '→', '\n', '\r\n', '#', ':', '- ', '"', '\\', 'é', 'x ', '1 ', 'a1', '1a', '/'];
const ATTACKS = UNITS.flatMap((unit) => {
  const body = unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
  return [`${body}\u0000`, `${body}!`, `${body}`];
});

const literals = regexLiterals();

describe('regular expressions in src/ and rules/', () => {
  it('are found (the audit is not vacuous)', () => {
    expect(literals.length).toBeGreaterThan(50);
  });

  it(`none takes more than ${BOUND_MS} ms on any ${LENGTH / 1000}k-character adversarial input`, () => {
    const slow: string[] = [];
    for (const literal of literals) {
      let pattern: RegExp;
      try {
        pattern = new RegExp(literal.source, literal.flags.replace('y', ''));
      } catch {
        continue; // A literal this engine cannot compile cannot run here either.
      }
      for (const input of ATTACKS) {
        const started = performance.now();
        if (pattern.global) input.replace(pattern, '');
        else pattern.test(input);
        const took = performance.now() - started;
        if (took > BOUND_MS) {
          slow.push(`${literal.where} /${literal.source}/${literal.flags}: ${Math.round(took)} ms on ${JSON.stringify(input.slice(0, 12))}...`);
          break;
        }
      }
    }
    expect(slow).toEqual([]);
  }, 120_000);
});
