/**
 * fast-check generators for fuzzing okrlint: random YAML, mutated real OKR files, token
 * soup, random bytes, random rule configurations and random command lines. Plain
 * JavaScript so that both the vitest run (sources) and `npm run fuzz` (built code) use them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stringify } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Seeds written for the fuzzer: anchors, merges, several documents, flow style, CRLF. */
const OWN_SEEDS = [
  `period: 2027-Q3\nteam: Payments\nowner: Lena Ortiz\nobjectives:\n  - id: smooth-payouts\n    title: Make payouts reliable for sellers\n    key_results:\n      - Cut failed payouts from 2.4% to 0.5%\n      - title: Shorten payout delay\n        baseline: 5 days\n        target: 2 days\n        source: Ledger dashboard\n      - Hold a weekly payout review\n`,
  `defaults: &d\n  owner: Sam Lee\nperiod: 2027-Q3\nteam: Growth\nobjectives:\n  - &first\n    <<: *d\n    id: activation\n    title: Help new users reach value faster\n    key_results: [Raise week-one activation from 31% to 40%, Publish 4 blog posts]\n  - <<: [*d, *first]\n    id: second\n`,
  `%YAML 1.2\n---\nperiod: 2027-Q4\nteam: Support\nobjectives: []\n---\nperiod: 2027-Q4\nteam: Support\nobjectives:\n  - {id: a, title: Answer faster, key_results: ["Answer Slack within 5 minutes"]}\n...\n`,
  'period: 2027-Q1\r\nteam: Data\r\nobjectives:\r\n  - id: trust\r\n    title: Make reports trustworthy\r\n    key_results:\r\n      - Increase NPS to 50\r\n',
];

function exampleSeeds() {
  const dir = join(root, 'examples');
  const found = [];
  const walk = (path) => {
    let entries = [];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) walk(join(path, entry.name));
      else if (/\.okr\.ya?ml$/.test(entry.name)) found.push(readFileSync(join(path, entry.name), 'utf8'));
    }
  };
  walk(dir);
  return found;
}

export const SEEDS = [...OWN_SEEDS, ...exampleSeeds()];

/** Fragments that matter to a YAML parser or to okrlint's text analysis. */
const TOKENS = [
  ': ', '- ', '-', ':', '\n', '\r\n', '\r', '\t', '  ', '    ', '#', ' # note', '[', ']', '{', '}', ',', '?', '? ', '|', '>', '|-', '>+',
  '&a ', '*a', '&b ', '*b', '<<: ', '<<', '!!str ', '!!int ', '!!binary ', '!tag ', '---', '...', '%YAML 1.1\n', '%YAML 1.2\n', '%TAG ! tag:x,2000:\n',
  '"', "'", '\\', '\\u', '\uFEFF', '\u0000', '\u0085', '\u2028', '\uD800', '😀', 'é', '\u200B',
  'period', 'team', 'owner', 'objectives', 'id', 'title', 'key_results', 'baseline', 'target', 'current', 'kind', 'aligns_to', 'source', 'due', 'unit',
  'no', 'yes', 'on', 'null', '~', 'true', '.nan', '-.inf', '0x1F', '1e400', '2027', '2027-03-15', '12:30:00', '0o17',
  'from 40% to 60%', 'by 20%', 'p95 < 300ms', '$1.2M', '4.1/5', 'X%', 'weekly', 'Slack', 'demos', 'Increase NPS to 50', 'Ship the portal by March 15',
];

export const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(''));

const word = fc.constantFrom('raise', 'cut', 'ship', 'hold', 'weekly', 'sync', 'NPS', 'churn', 'from', 'to', 'by', '40%', '60 %', '3', 'three', 'demos', 'Slack', 'online', 'customers', 'revenue', 'March 15', 'Q3', 'ISO 27001', 'v2', '$1.2M', 'p95', '<', '300ms', 'X%', '→', '->', 'per', 'month');
const hostileText = fc.oneof(
  { weight: 5, arbitrary: fc.array(word, { maxLength: 14 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.tuple(word, fc.integer({ min: 1, max: 400 })).map(([w, n]) => `${w} `.repeat(n)) },
);

/** A value that may be of the wrong type for its place: the model must cope. */
const anyScalar = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
);
const odd = fc.oneof(anyScalar, fc.array(anyScalar, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), anyScalar, { maxKeys: 3 }));
const field = (arb) => fc.oneof({ weight: 8, arbitrary: arb }, { weight: 1, arbitrary: odd });

const keyResult = fc.oneof(
  hostileText,
  fc.record(
    { title: field(hostileText), baseline: field(fc.oneof(fc.integer(), hostileText)), target: field(fc.oneof(fc.integer(), hostileText)), kind: field(fc.constantFrom('metric', 'milestone', 'maintain', 'leading', 'other')), source: field(hostileText), due: field(fc.constantFrom('2027-03-15', '15/03/2027', 'soon')) },
    { requiredKeys: [] },
  ),
);
const objective = fc.record(
  { id: field(fc.stringMatching(/^[a-z][a-z-]{0,12}$/)), title: field(hostileText), owner: field(hostileText), aligns_to: field(fc.oneof(fc.string({ maxLength: 10 }), fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }))), key_results: field(fc.array(keyResult, { maxLength: 7 })) },
  { requiredKeys: [] },
);
const okrData = fc.record(
  { period: field(fc.constantFrom('2027-Q1', '2027-H2', 'Q5', '')), team: field(hostileText), owner: field(hostileText), objectives: field(fc.array(objective, { maxLength: 4 })), extra: odd },
  { requiredKeys: [] },
);

/** OKR-shaped data with wrong types here and there, written out in varied YAML styles. */
export const structuredYaml = fc
  .tuple(okrData, fc.record({ flow: fc.boolean(), indent: fc.integer({ min: 1, max: 6 }), lineWidth: fc.constantFrom(0, 20, 80), crlf: fc.boolean(), bom: fc.boolean() }))
  .map(([data, style]) => {
    let text = stringify(data, { indent: style.indent, lineWidth: style.lineWidth, collectionStyle: style.flow ? 'flow' : 'any' });
    if (style.crlf) text = text.replace(/\n/g, '\r\n');
    return style.bom ? `\uFEFF${text}` : text;
  });

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete'), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant('duplicateLine'), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent'), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('swapLines'), at: fc.nat(), other: fc.nat() }),
);

function mutate(text, op) {
  const lines = text.split('\n');
  const at = op.at % Math.max(1, text.length);
  const line = op.at % lines.length;
  switch (op.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + op.length);
    case 'insert':
      return text.slice(0, at) + op.text + text.slice(at);
    case 'duplicateLine':
      lines.splice(line, 0, lines[line]);
      return lines.join('\n');
    case 'indent':
      lines[line] = op.by > 0 ? ' '.repeat(op.by) + lines[line] : lines[line].slice(-op.by);
      return lines.join('\n');
    default: {
      const other = op.other % lines.length;
      [lines[line], lines[other]] = [lines[other], lines[line]];
      return lines.join('\n');
    }
  }
}

/** A real OKR file with a few edits: the inputs closest to what people actually break. */
export const mutatedOkrFile = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([seed, ops]) => ops.reduce(mutate, seed));

export const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 1500 }),
  fc.tuple(fc.constantFrom(...SEEDS), fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.nat()).map(([seed, bytes, at]) => {
    const base = Buffer.from(seed, 'utf8');
    const cut = at % base.length;
    return Buffer.concat([base.subarray(0, cut), bytes, base.subarray(cut)]);
  }),
);

export const anyYamlText = fc.oneof(
  { weight: 4, arbitrary: mutatedOkrFile },
  { weight: 3, arbitrary: structuredYaml },
  { weight: 2, arbitrary: tokenSoup },
);

/** A rules configuration as a user might (mis)write it, over the given rule ids. */
export function rulesConfig(ruleIds) {
  const severity = fc.constantFrom('off', 'warn', 'error', 0, 1, 2);
  const options = fc.dictionary(fc.constantFrom('min', 'max', 'words', 'threshold', 'allow', 'x'), fc.oneof(fc.integer({ min: -2, max: 9 }), fc.string({ maxLength: 5 }), fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }), fc.boolean()), { maxKeys: 2 });
  const setting = fc.oneof(severity, fc.tuple(severity, options));
  return fc.dictionary(fc.constantFrom(...ruleIds, 'no-such-rule'), setting, { maxKeys: 5 });
}

/** A configuration file's text: valid-looking, broken, or another format entirely. */
export function configFileText(ruleIds) {
  return fc.oneof(
    rulesConfig(ruleIds).map((rules) => stringify({ rules })),
    fc.tuple(fc.constantFrom('recommended', 'strict', 'all', 'okrlint:recommended', 'nope'), rulesConfig(ruleIds)).map(([preset, rules]) => stringify({ extends: preset, rules })),
    tokenSoup,
    fc.constantFrom('{', 'rules: [', 'ignores: 5', 'plugins: [./missing.js]', '', '\u0000'),
  );
}

const ARGS = [
  '.', 'team.okr.yaml', 'missing.okr.yaml', '*.okr.yaml', 'sub', '-f', '--format', 'json', 'stylish', 'sarif', 'compact', 'nope', 'json:out/report.json',
  '-o', 'out/report.txt', '--output-file', '--color', '--no-color', '--quiet', '--max-warnings', '0', '-1', 'x', '--max-file-size', '10', '1mb', 'big',
  '--stdin', '--stdin-filename', 'piped.okr.yaml', '--config', 'okrlint.config.yaml', '--no-config', '--rule', 'objective-kr-count: off', 'objective-kr-count: [warn, {min: 9}]',
  '--print-config', 'explain', 'rules', 'objective-kr-count', 'no-such-rule', '--help', '-h', '--version', '-v', '--', '-', '--unknown', '=', '',
];

/**
 * A command line built from real options, values and junk in any order. Never an absolute
 * path or '..': a pattern outside the sandbox would lint the machine's whole file system.
 */
const junk = fc.string({ maxLength: 8 }).filter((s) => !s.startsWith('/') && !s.includes('..'));
export const argv = fc.array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ARGS) }, { weight: 1, arbitrary: junk }), { maxLength: 8 });
