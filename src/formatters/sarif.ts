/**
 * SARIF 2.1.0 as GitHub code scanning reads it: the driver lists every rule (and the
 * engine's own checks that fired), results point at a 1-based region, and
 * partialFingerprints hash what the finding is about rather than where it sits, so an
 * alert survives lines moving above it.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { LintMessage, LintResult, RuleDefinition } from '../rule-kit/types.js';
import { packageVersion } from '../util/package.js';
import { BUILTIN_CHECKS, displayPath, eachMessage, isWholeFile, joined, severityName } from './shared.js';
import type { ReportWriter } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const REPOSITORY = 'https://github.com/okrlint/okrlint';
export const ruleHelpUri = (id: string): string => `${REPOSITORY}#${id.replace(/[^a-z0-9-]/gi, '-').toLowerCase()}`;
const SOURCE_ROOT = '%SRCROOT%';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: 'error' | 'warning' };
  properties: { tags: string[] };
}

/** Stands in for the results in the log's skeleton; the results are written in its place, file by file. */
const RESULTS_SLOT = '\u0000okrlint-results';
/** The results array sits four levels deep (log, runs, run, results): its items are indented by 8. */
const ITEM_INDENT = ' '.repeat(8);

export const write: ReportWriter = function* (results, { cwd, rules }) {
  // A first pass: the driver, written before any result, lists every rule and check that fired.
  const driverRules = [...rules.entries()].map(([id, rule]) => describeRule(id, rule));
  const known = new Set(driverRules.map((r) => r.id));
  for (const [, m] of eachMessage(results)) {
    const id = m.ruleId ?? 'okrlint';
    if (!known.has(id)) {
      known.add(id);
      driverRules.push(describeCheck(id, severityName(m)));
    }
  }
  const ruleIndex = new Map(driverRules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'okrlint', informationUri: REPOSITORY, version: packageVersion(), semanticVersion: packageVersion(), rules: driverRules } },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        results: RESULTS_SLOT,
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  // JSON.stringify(log, null, 2) with the results array spliced in: the same bytes, never one huge string.
  const [head, tail] = JSON.stringify(log, null, 2).split(JSON.stringify(RESULTS_SLOT)) as [string, string];
  let separator = '[\n';
  for (const result of results) {
    const items = sarifResults(result, cwd, ruleIndex).map((item) => ITEM_INDENT + JSON.stringify(item, null, 2).replace(/\n/g, `\n${ITEM_INDENT}`));
    if (items.length === 0) continue;
    yield `${separator === '[\n' ? head : ''}${separator}${items.join(',\n')}`;
    separator = ',\n';
  }
  yield separator === '[\n' ? `${head}[]${tail}\n` : `\n${ITEM_INDENT.slice(2)}]${tail}\n`;
};

function sarifResults(result: LintResult, cwd: string, ruleIndex: ReadonlyMap<string, number>) {
  // A URI reference: spaces, brackets and the like are percent-encoded per path segment.
  const uri = displayPath(cwd, result.filePath).split('/').map(encodeURIComponent).join('/');
  // Fingerprints hash the file's URI, so their running numbers count within one file.
  const fingerprints = new FingerprintCounter();
  return result.messages.map((m) => {
    const ruleId = m.ruleId ?? 'okrlint';
    return {
      ruleId,
      ruleIndex: ruleIndex.get(ruleId)!,
      level: severityName(m),
      message: { text: m.suggestion ? `${m.message} Suggestion: ${m.suggestion}` : m.message },
      locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SOURCE_ROOT }, ...(isWholeFile(m) ? {} : { region: regionOf(m) }) } }],
      partialFingerprints: { 'okrlintFinding/v1': fingerprints.next(ruleId, uri, m) },
    };
  });
}

function describeRule(id: string, rule: RuleDefinition<any>): SarifRule {
  const { docs } = rule.meta;
  const helpUri = ruleHelpUri(id);
  return {
    id,
    shortDescription: { text: docs.description },
    fullDescription: { text: `${docs.description} ${docs.rationale}` },
    help: {
      text: `${docs.description}\n\nWhy: ${docs.rationale}\n\nRun "okrlint explain ${id}" for examples, or see ${helpUri}.`,
      markdown: `**${id}**: ${docs.description}\n\n${docs.rationale}\n\nRun \`okrlint explain ${id}\` for examples, or see [the rule's documentation](${helpUri}).`,
    },
    helpUri,
    defaultConfiguration: { level: rule.meta.defaultSeverity === 'error' ? 'error' : 'warning' },
    properties: { tags: ['okr', rule.meta.type] },
  };
}

/** The engine's own checks (YAML syntax, schema, unreadable files) are not rules but still need a driver entry. */
function describeCheck(id: string, level: 'error' | 'warning'): SarifRule {
  const check = Object.hasOwn(BUILTIN_CHECKS, id) ? BUILTIN_CHECKS[id]! : { description: `The okrlint check "${id}".`, level };
  const { description } = check;
  return {
    id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: { text: `${description} Fix the file so okrlint can read it as an OKR file.`, markdown: `${description} Fix the file so okrlint can read it as an OKR file.` },
    helpUri: ruleHelpUri(id),
    defaultConfiguration: { level: check.level },
    properties: { tags: ['okr', 'problem'] },
  };
}

const regionOf = (m: LintMessage) => ({
  startLine: m.line,
  startColumn: m.column,
  endLine: Math.max(m.endLine, m.line),
  endColumn: m.endLine > m.line || m.endColumn > m.column ? m.endColumn : m.column + 1,
});

/**
 * Hash of rule, file and the normalised text the finding is about (key result, else
 * objective, else message), never the line. Identical findings get a running number.
 */
class FingerprintCounter {
  private readonly seen = new Map<string, number>();
  next(ruleId: string, uri: string, m: LintMessage): string {
    const subject = normalise(m.context?.keyResult ?? m.context?.objective ?? m.message);
    const hash = createHash('sha256').update(`${ruleId}\0${uri}\0${subject}\0${normalise(m.message)}`).digest('hex').slice(0, 32);
    const count = (this.seen.get(hash) ?? 0) + 1;
    this.seen.set(hash, count);
    return `${hash}:${count}`;
  }
}

// "line 12" in a message (e.g. pointing at a duplicate) would tie the hash to positions.
const normalise = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/\blines? \d+(?:\s*(?:and|,|-)\s*\d+)*/g, 'line').replace(/\s+/g, ' ').trim();

export default joined(write);
