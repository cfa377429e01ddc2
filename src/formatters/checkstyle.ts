/** Checkstyle XML, read by Jenkins, reviewdog and most code-review bots. */
import { messageWithSuggestion, severityName } from './shared.js';
import type { Formatter } from './types.js';
import { XML_DECLARATION, xmlAttributes } from './xml.js';

const checkstyle: Formatter = (results) => {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const result of results) {
    out.push(`  <file${xmlAttributes({ name: result.filePath })}>`);
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
  }
  out.push('</checkstyle>');
  return `${out.join('\n')}\n`;
};

export default checkstyle;
