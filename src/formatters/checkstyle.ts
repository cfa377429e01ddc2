/** Checkstyle XML, read by Jenkins, reviewdog and most code-review bots. */
import { joined, linesOf, messageWithSuggestion, severityName } from './shared.js';
import type { ReportWriter } from './types.js';
import { XML_DECLARATION, xmlAttributes } from './xml.js';

export const write: ReportWriter = function* (results) {
  yield linesOf([XML_DECLARATION, '<checkstyle version="4.3">']);
  for (const result of results) {
    const out = [`  <file${xmlAttributes({ name: result.filePath })}>`];
    for (const m of result.messages) {
      const attributes = {
        line: m.line,
        column: m.column,
        severity: severityName(m),
        message: `${messageWithSuggestion(m, ' ')} (${m.ruleId ?? 'okrlint'})`,
        source: `okrlint.${m.ruleId ?? 'core'}`,
      };
      out.push(`    <error${xmlAttributes(attributes)} />`);
    }
    out.push('  </file>');
    yield linesOf(out);
  }
  yield linesOf(['</checkstyle>']);
};

export default joined(write);
