/**
 * The readers of the common shape (the line scanner, src/yaml/scanner/, and the reader of
 * yaml's CST, src/yaml/common-shape.ts) must be invisible: on every input, parseYaml and
 * each reader alone give exactly what yaml's full Document path gives (see the differential
 * helper). Inputs: every YAML file in the repository's tests and examples, the fuzzer's
 * seeds, the fuzzer's generated and mutated YAML, OKR-shaped text written in varied
 * styles close to the edges of the common shape (comments, empty values, quoting, block
 * scalars, odd keys, tabs, anchors, merge keys, duplicate keys, wrong indentation), and
 * generated OKR files in the benchmark corpus's style with line-level edits (okr-text.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyYamlText, SEEDS } from '../fuzz/arbitraries.mjs';
import { differences, differencesWith, isCommonShape, isScanned } from './common-shape-differential.js';
import { editedOkrFile, okrFile } from './okr-text.js';

/** parseYaml, the line scanner alone and the CST reader alone, each against yaml's Documents. */
function allDifferences(text: string): string[] {
  return [...differences(text), ...differencesWith(text, 'scanner').map((d) => `scanner: ${d}`), ...differencesWith(text, 'cst').map((d) => `cst: ${d}`)];
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = process.env.OKRLINT_FUZZ_SEED ? Number(process.env.OKRLINT_FUZZ_SEED) : 20271;
/** More runs to search harder: OKRLINT_COMMON_SHAPE_RUNS=50000 npx vitest run test/yaml. */
const runs = Number(process.env.OKRLINT_COMMON_SHAPE_RUNS ?? 1000);
// Generous: a shared machine can be slow; the bound is not a performance target.
const TIMEOUT = 120_000 + runs * 20;

function yamlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') found.push(...yamlFiles(path));
    } else if (/\.ya?ml$/.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

const PLAIN_SCALARS = [
  'Raise NPS from 31 to 40', 'Ship the portal by March 15', 'yes', 'No', 'off', 'ON', 'y', 'true', 'False', 'null', '~', 'NULL', '', '0', '-0', '007', '+12', '0o17',
  '0x1F', '0xfg', '1e3', '-1.5E-2', '.5', '1.', '1.50', '.inf', '-.Inf', '.NaN', '2027-03-15', '2027-Q3', '12:30', '1_000', '3.14.15', 'é 😀', 'it\'s', 'say "hi"',
  '__proto__', 'constructor', 'toString', 'trail ', 'a:b', 'x#y',
];
/** Texts a plain scalar cannot hold as they are: the reader must refuse or resolve them as yaml does. */
const ODD_SCALARS = ['a: b', 'x #y', '- z', '@at', '`tick', '%pct', '<<', 'tab\there', ' lead', '#hash', '?q', '[a]', '{b}', "'", '"', '\\', '|', '>'];
const SCALARS = [...PLAIN_SCALARS, ...ODD_SCALARS];
const PLAIN_KEYS = ['period', 'team', 'owner', 'objectives', 'id', 'title', 'key_results', 'baseline', 'target', 'null', '~', '1', '1.0', '0x1', 'true', '__proto__', 'constructor', 'a b', 'é'];
const KEYS = [...PLAIN_KEYS, '""', "'1'", '<<', '"<<"', '? k', 'k:', '&k key', '!!str key', '"multi\nline"'];

const scalarStyle = fc.oneof(
  { weight: 24, arbitrary: fc.constant('plain') },
  { weight: 4, arbitrary: fc.constantFrom('single', 'double') },
  { weight: 4, arbitrary: fc.constantFrom('literal', 'folded', 'literal-strip', 'folded-keep') },
  { weight: 1, arbitrary: fc.constantFrom('anchor', 'tag', 'alias', 'flow') },
);
/** A scalar written in one of YAML's styles (some of which the reader must refuse or resolve). */
const scalarText = fc
  .tuple(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PLAIN_SCALARS) }, { weight: 1, arbitrary: fc.constantFrom(...SCALARS) }), scalarStyle)
  .map(([text, style]) => ({ text, style }));
const key = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...PLAIN_KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...KEYS) });
/** Mostly distinct keys; sometimes a repeated one, which the reader must leave to the full path. */
const entries = <T>(value: fc.Arbitrary<T>, minLength = 0) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.uniqueArray(fc.tuple(key, value), { minLength, maxLength: 5, selector: ([k]) => k }) },
    { weight: 1, arbitrary: fc.array(fc.tuple(key, value), { minLength, maxLength: 5 }) },
  );

type Tree = { kind: 'scalar'; text: string; style: string } | { kind: 'empty' } | { kind: 'map'; entries: [string, Tree][] } | { kind: 'seq'; items: Tree[] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: scalarText.map((s): Tree => ({ kind: 'scalar', ...s })) },
    { weight: 1, arbitrary: fc.constant<Tree>({ kind: 'empty' }) },
    { weight: 2, arbitrary: entries(tie('node')).map((pairs): Tree => ({ kind: 'map', entries: pairs })) },
    { weight: 2, arbitrary: fc.array(tie('node'), { maxLength: 4 }).map((items): Tree => ({ kind: 'seq', items })) },
  ),
})).node;

const style = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  comments: fc.boolean(),
  blankLines: fc.boolean(),
  docStart: fc.constantFrom('', '', '', '# heading\n', '---\n', '--- # start\n', '---\n# c\n'),
  tail: fc.constantFrom('', '', '', '\n# end\n', '\n\n', '...\n', '---\n', '\n  # indented end\n'),
  tab: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  crlf: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

function renderScalar(s: { text: string; style: string }, indent: string): string {
  const quotedDouble = JSON.stringify(s.text);
  switch (s.style) {
    case 'single':
      return `'${s.text.replace(/'/g, "''")}'`;
    case 'double':
      return quotedDouble;
    case 'literal':
      return `|\n${indent}${s.text}`;
    case 'folded':
      return `>\n${indent}${s.text}\n${indent}more`;
    case 'literal-strip':
      return `|-\n${indent}${s.text}\n`;
    case 'folded-keep':
      return `>+\n${indent}${s.text}\n`;
    case 'anchor':
      return `&a ${s.text}`;
    case 'tag':
      return `!!str ${s.text}`;
    case 'alias':
      return '*a';
    case 'flow':
      return `[${s.text}]`;
    default:
      return s.text;
  }
}

/** Writes a tree as block YAML; `column` is the indentation of the node's own lines. */
function render(node: Tree, column: number, opts: { indent: number; comments: boolean; blankLines: boolean; tab: boolean }, counter: { n: number }): string[] {
  const pad = ' '.repeat(column);
  const inner = ' '.repeat(column + opts.indent);
  const comment = () => (opts.comments && counter.n++ % 3 === 0 ? ' # note' : '');
  const blank = () => (opts.blankLines && counter.n++ % 4 === 0 ? [''] : []);
  if (node.kind === 'map') {
    if (node.entries.length === 0) return [`${pad}{}`];
    return node.entries.flatMap(([key, value], i) => {
      const lead = opts.tab && i === 1 ? '\t' : '';
      const head = `${pad}${lead}${key}:`;
      if (value.kind === 'scalar') return [...blank(), `${head} ${renderScalar(value, inner)}${value.style.startsWith('lit') || value.style.startsWith('fold') ? '' : comment()}`];
      if (value.kind === 'empty') return [...blank(), `${head}${comment()}`];
      if (value.kind === 'seq' && value.items.length === 0) return [`${head} []`];
      return [...blank(), `${head}${comment()}`, ...(opts.comments && counter.n++ % 5 === 0 ? [`${inner}# about ${key}`] : []), ...render(value, column + opts.indent, opts, counter)];
    });
  }
  if (node.kind === 'seq') {
    if (node.items.length === 0) return [`${pad}[]`];
    return node.items.flatMap((item) => {
      if (item.kind === 'scalar') return [`${pad}- ${renderScalar(item, inner)}`];
      if (item.kind === 'empty') return [`${pad}-${comment()}`];
      const lines = render(item, column + 2, opts, counter);
      // A mapping or sequence starts on the dash's line: "- id: x".
      return [`${pad}- ${lines[0]!.trimStart()}`, ...lines.slice(1)];
    });
  }
  return [`${pad}${node.kind === 'scalar' ? renderScalar(node, inner) : ''}`];
}

const okrShapedText = fc.tuple(entries(tree, 1), style).map(([entries, opts]) => {
  const lines = render({ kind: 'map', entries }, 0, opts, { n: 0 });
  const text = `${opts.docStart}${lines.join('\n')}\n${opts.tail}`;
  return opts.crlf ? text.replace(/\n/g, '\r\n') : text;
});

describe('the common-shape reader agrees with yaml Documents', () => {
  const files = [...yamlFiles(join(root, 'test')), ...yamlFiles(join(root, 'examples'))];

  it('on every YAML file of the tests and examples, and the fuzzer seeds', () => {
    let fast = 0;
    let scanned = 0;
    for (const text of [...files.map((f) => readFileSync(f, 'utf8')), ...SEEDS]) {
      expect(allDifferences(text)).toEqual([]);
      if (isCommonShape(text)) fast++;
      if (isScanned(text)) scanned++;
    }
    expect(fast).toBeGreaterThan(5);
    expect(scanned).toBeGreaterThan(5);
  }, TIMEOUT);

  it('on OKR-shaped text in varied styles near the edges of the common shape', () => {
    let fast = 0;
    let total = 0;
    fc.assert(
      fc.property(okrShapedText, (text) => {
        total++;
        if (isCommonShape(text)) fast++;
        expect(allDifferences(text)).toEqual([]);
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
    // The generator must keep exercising the fast path, not only the fallback.
    expect(fast / total).toBeGreaterThan(0.2);
  }, TIMEOUT);

  it("on the fuzzer's generated, mutated and token-soup YAML", () => {
    fc.assert(
      fc.property(anyYamlText, (text) => {
        expect(allDifferences(text)).toEqual([]);
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
  }, TIMEOUT);

  it('on generated OKR files, as written and with comment, blank, quoting and indentation edits', () => {
    const scanned = { written: 0, edited: 0 };
    fc.assert(
      fc.property(okrFile, editedOkrFile, (written, edited) => {
        if (isScanned(written)) scanned.written++;
        if (isScanned(edited)) scanned.edited++;
        expect(allDifferences(written)).toEqual([]);
        expect(allDifferences(edited)).toEqual([]);
      }),
      { numRuns: Math.ceil(runs / 2), seed, endOnFailure: true },
    );
    // The scanner must keep taking most files as written and many edited ones, not only refuse.
    expect(scanned.written / Math.ceil(runs / 2)).toBeGreaterThan(0.5);
    expect(scanned.edited / Math.ceil(runs / 2)).toBeGreaterThan(0.3);
  }, TIMEOUT);

  it('refuses what it cannot read exactly, and reads the common shape', () => {
    const common = 'period: 2027-Q3 # quarter\nteam: Payments\nobjectives:\n  - id: a\n    title: "Make payouts reliable"\n    key_results:\n      - Cut failed payouts from 2.4% to 0.5%\n      - title: >\n          Shorten payout delay\n        baseline:\n        target: 2\n';
    expect(isCommonShape(common)).toBe(true);
    for (const unusual of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '<<: {a: 1}\n', 'a: [1, 2]\n', 'a: 1\na: 2\n', '%YAML 1.1\n---\na: 1\n', 'a: 1\n---\nb: 2\n', 'a:\tb\n', '- a\n', 'a: 1\n b: 2\n']) {
      expect(isCommonShape(unusual), unusual).toBe(false);
      expect(isScanned(unusual), unusual).toBe(false);
      expect(differences(unusual), unusual).toEqual([]);
    }
  });

  it('scans the common shape and refuses, line by line, what it does not fully understand', () => {
    const common = "# Payments, 2027-Q3\nperiod: 2027-Q3 # quarter\nteam: 'Payments & Risk'\nobjectives:\n  # first\n  - id: a\n    title: \"Make payouts reliable\"\n    key_results:\n      - Cut failed payouts from 2.4% to 0.5%  # committed\n          # indented note\n      - title: Shorten payout delay\n        baseline:\n        target: -2\n\n  # carried over\n  - id: b\n    title: It's fine\n    key_results:\n# end\n";
    expect(isScanned(common)).toBe(true);
    expect(allDifferences(common)).toEqual([]);
    for (const opened of [`---\n${common}`, `# file\n--- # start\n\n${common}`]) {
      expect(isScanned(opened)).toBe(true);
      expect(allDifferences(opened)).toEqual([]);
    }
    // Sequences flush with their key, ended by comments at either indentation (which yaml
    // hands to different nodes) or by the mapping's next key.
    const flush = ['a:\n- x\n# c\n', 'a:\n- x\n  # c\n', 'b: 1\na:\n- k: 1\n  # c\n# d\n', 'a:\n- x\n# c\nb: 1\n', 'o:\n  k:\n  - x\n  # c\n  j: 2\n  # d\n', 'o:\n- k:\n  - x\n  # c\n'];
    for (const text of flush) {
      expect(isScanned(text), JSON.stringify(text)).toBe(true);
      expect(allDifferences(text), text).toEqual([]);
    }
    const refused = [
      'a: |\n  text\n', 'a: >\n  text\n', 'a: "multi\n  line"\n', 'a: plain\n  continued\n', "a: 'x\n  y'\n", 'a: "esc\\"aped"\n', 'a:\n  -\n', 'a:\n  - # empty\n',
      'a:\n  - - nested\n', 'a: b: c\n', 'a: x:\n', '"quoted": key\n', 'a b: c\n', 'null: x\n', 'true: x\n', '__proto__: x\n', 'a: [x]\n', 'a: {x: 1}\n', 'a: &x 1\n', 'a: *x\n', 'a: !t 1\n',
      'a: @x\n', 'a: `x\n', 'a: %x\n', 'a: ? x\n', 'a: - x\n', 'a: 1\n---\nb: 2\n', '---\n---\na: 1\n', '--- a: 1\n', '---#c\na: 1\n', 'a: 1\n...\n', 'a:\t1\n', 'a: 1\r', 'a: \u0085\n', '  a: 1\n', 'a: 1\n  b: 2\n', 'a:\n    b: 1\n  c: 2\n',
      "a: 'x' y\n", "a: 'x'# c\n", 'a: 1\na: 2\n', '- a\n', '# only a comment\n', '',
    ];
    for (const unusual of refused) {
      expect(isScanned(unusual), JSON.stringify(unusual)).toBe(false);
      expect(allDifferences(unusual), unusual).toEqual([]);
    }
  });
});
