/**
 * JUnit XML: a test suite per file, a test case per finding (a failure), and one passing
 * case for a clean file so every linted file appears in the CI test report.
 */
import type { LintMessage } from '../rule-kit/types.js';
import { displayPath, joined, linesOf, messageWithSuggestion, severityName } from './shared.js';
import type { ReportWriter } from './types.js';
import { XML_DECLARATION, xmlAttributes, xmlText } from './xml.js';

export const write: ReportWriter = function* (results, { cwd }) {
  const { errors, warnings, files, filesWithProblems, messages } = results.totals;
  // One case per finding, and one passing case per clean file.
  const cases = messages + files - filesWithProblems;
  yield linesOf([XML_DECLARATION, `<testsuites${xmlAttributes({ name: 'okrlint', tests: cases, failures: errors + warnings, errors: 0 })}>`]);
  for (const result of results) {
    const path = displayPath(cwd, result.filePath);
    const suite = { name: path, tests: Math.max(1, result.messages.length), failures: result.messages.length, errors: 0, skipped: 0 };
    const out = [`  <testsuite${xmlAttributes(suite)}>`];
    if (result.messages.length === 0) out.push(`    <testcase${xmlAttributes({ classname: path, name: 'okrlint' })} />`);
    const names = new UniqueNames();
    for (const m of result.messages) {
      out.push(`    <testcase${xmlAttributes({ classname: path, name: names.take(caseName(m)), file: path, line: m.line })}>`);
      const failure = { type: m.ruleId ?? 'okrlint', message: `${severityName(m)}: ${m.message}` };
      out.push(`      <failure${xmlAttributes(failure)}>${xmlText(`${path}:${m.line}:${m.column} ${severityName(m)} ${messageWithSuggestion(m)}`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
    yield linesOf(out);
  }
  yield linesOf(['</testsuites>']);
};

const caseName = (m: LintMessage): string => `${m.ruleId ?? 'okrlint'} at ${m.line}:${m.column}`;

/** Test-case names must be unique within a suite; repeats get " (2)", " (3)", ... */
class UniqueNames {
  private readonly seen = new Map<string, number>();
  take(name: string): string {
    const count = (this.seen.get(name) ?? 0) + 1;
    this.seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  }
}

export default joined(write);
