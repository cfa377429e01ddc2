/**
 * A large run keeps its results packed until the report is written (ResultSpool). Packed or
 * held, the report must be the same: results, project findings merged in order, totals, and
 * the unfinished checks that decide exit code 2.
 */
import { describe, expect, it } from 'vitest';
import { formatterNames, loadFormatter, loadReportWriter } from '../../src/formatters/index.js';
import { toResult } from '../../src/engine/messages.js';
import type { LintMessage, LintResult } from '../../src/rule-kit/types.js';
import { ResultSpool } from '../../src/workers/result-spool.js';
import { CWD, context, message, result, sampleResults } from '../formatters/fixtures.js';

const crash = (file: string): LintMessage => message({ ruleId: 'kr-visibility', severity: 2, message: `Rule "kr-visibility" failed on ${file}: boom`, incomplete: true });

function manyResults(): LintResult[] {
  const results = [...sampleResults()];
  for (let i = 0; i < 40; i++) {
    const messages = Array.from({ length: i % 4 }, (_, k) => message({ line: 3 + k, message: `Finding ${k} of file ${i}\nwith a line break and \u2028 and “quotes”`, suggestion: k % 2 ? 'Say what changes' : undefined }));
    if (i === 17) messages.push(crash(`f${i}`));
    results.push(result(`${CWD}/okrs/f${i}.okr.yaml`, messages));
  }
  return results;
}

const projectFindings = new Map<string, LintMessage[]>([
  [`${CWD}/okrs/clean.okr.yaml`, [message({ ruleId: 'objective-unaligned', line: 2, message: 'aligns_to names no objective' })]],
  [`${CWD}/okrs/f5.okr.yaml`, [message({ ruleId: 'objective-duplicate-id', severity: 2, line: 1 }), crash('f5')]],
  [`${CWD}/okrs/context-only.okr.yaml`, [message({ ruleId: 'objective-unaligned' })]],
]);

/** Results put in the order workers might deliver them: out of order, in chunks. */
function spoolOf(results: readonly LintResult[], budget: number): ResultSpool {
  const spool = new ResultSpool(results.map((r) => r.filePath), budget);
  const order = results.map((_, i) => i).sort((a, b) => (a % 3) - (b % 3) || a - b);
  for (const index of order) spool.put(index, structuredClone(results[index]!));
  spool.settle();
  spool.addProjectFindings(projectFindings);
  return spool;
}

function expected(results: readonly LintResult[]): LintResult[] {
  return results.map((r) => {
    const extra = projectFindings.get(r.filePath);
    return extra ? toResult(r.filePath, [...r.messages, ...extra]) : r;
  });
}

describe('ResultSpool', () => {
  const results = manyResults();

  it('gives the same report whether it holds the results or packs them', () => {
    const held = spoolOf(results, Infinity);
    const packed = spoolOf(results, 0);
    const want = JSON.parse(JSON.stringify(expected(results)));
    expect(JSON.parse(JSON.stringify([...held]))).toEqual(want);
    expect(JSON.parse(JSON.stringify([...packed]))).toEqual(want);
    // Iterable again: a format with a header reads the results twice.
    expect([...packed].length).toBe(results.length);
    expect(packed.totals).toEqual(held.totals);
  });

  it('counts files, problems and errors with the project findings', () => {
    const spool = spoolOf(results, 0);
    const all = expected(results);
    expect(spool.totals).toEqual({
      files: all.length,
      filesWithProblems: all.filter((r) => r.messages.length > 0).length,
      filesWithErrors: all.filter((r) => r.errorCount > 0).length,
      errors: all.reduce((n, r) => n + r.errorCount, 0),
      warnings: all.reduce((n, r) => n + r.warningCount, 0),
      messages: all.reduce((n, r) => n + r.messages.length, 0),
    });
  });

  it('lists unfinished checks in report order, project findings included', () => {
    for (const budget of [0, Infinity]) {
      const found = spoolOf(results, budget).incompleteFindings();
      expect(found.map((f) => f.filePath)).toEqual([`${CWD}/okrs/f5.okr.yaml`, `${CWD}/okrs/f17.okr.yaml`]);
      expect(found.every((f) => f.message.incomplete)).toBe(true);
    }
  });

  it('every format writes the same bytes from packed results as from an array', async () => {
    const packed = spoolOf(results, 0);
    const all = expected(results);
    for (const name of formatterNames()) {
      const whole = (await loadFormatter(name))(all, context());
      const pieces = [...(await loadReportWriter(name))(packed, context())].join('');
      expect(pieces, name).toBe(whole);
    }
  });

  it('empty run: every format as from an empty array', async () => {
    const spool = new ResultSpool([], 0);
    for (const name of formatterNames()) {
      expect([...(await loadReportWriter(name))(spool, context())].join(''), name).toBe((await loadFormatter(name))([], context()));
    }
  });
});
