import { loadPainter } from '../../src/output/painter.js';
import { describe, expect, it } from 'vitest';
import compact from '../../src/formatters/compact.js';
import { formatterNames, loadFormatter } from '../../src/formatters/index.js';
import markdown, { markdownCell } from '../../src/formatters/markdown.js';
import stylish from '../../src/formatters/stylish.js';
import { context, message, result, sampleResults } from './fixtures.js';

describe('compact formatter', () => {
  it('prints path:line:col: severity message [rule-id], one finding per line', () => {
    const lines = compact(sampleResults(), context()).split('\n');
    expect(lines[0]).toBe('okrs/growth.okr.yaml:4:5: warning Objective has 1 key result; aim for at least 3. [objective-kr-count]');
    expect(lines[1]).toMatch(/^okrs\/growth\.okr\.yaml:7:9: error Ends CDATA .* done next line.* \[kr-no-source\]$/);
    expect(lines[3]).toBe('okrs/logo.okr.yaml:1:1: error This is a binary file, not YAML text; remove it from the lint patterns. [file/binary]');
    expect(lines).toContain('4 problems (3 errors, 1 warning)');
  });

  it('prints nothing when there is nothing to report', () => {
    expect(compact([result('/repo/a.okr.yaml', [])], context())).toBe('');
  });
});

describe('markdown formatter', () => {
  it('shows control characters in a cell as \\uXXXX, never raw (summaries are also read in CI logs)', () => {
    expect(markdownCell('red \u001b[31m bell \u0007\r\nnext')).toBe('red \\\\u001b\\[31m bell \\\\u0007<br>next');
  });

  it('escapes pipes, markup, HTML and newlines inside a table cell', () => {
    const cell = markdownCell('a | b *c* `d` <script>x</script> & [l](u)\nnext');
    expect(cell).not.toMatch(/(?<!\\)\|/);
    expect(cell).not.toContain('<script>');
    expect(cell).not.toContain('\n');
    expect(cell).toBe('a \\| b \\*c\\* \\`d\\` &lt;script&gt;x&lt;/script&gt; &amp; \\[l\\]\\(u\\)<br>next');
  });

  it('writes a summary and one table per file with problems, every row with five cells', () => {
    const text = markdown(sampleResults(), context());
    expect(text).toContain('**4 problems** (3 errors, 1 warning) in 2 files of 3 linted.');
    expect(text.match(/^### /gm)).toHaveLength(2);
    expect(text).toContain('### okrs/growth\\.okr\\.yaml');
    const rows = text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Line'));
    expect(rows).toHaveLength(4);
    // An unescaped pipe would add a column: count the separators that are not escaped.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
  });

  it('says so when everything is clean', () => {
    expect(markdown([result('/repo/a.okr.yaml', [])], context())).toContain('No problems in 1 file.');
  });
});

describe('formatter registry', () => {
  it('loads every format named in the issue', async () => {
    expect(formatterNames().sort()).toEqual(['checkstyle', 'compact', 'github', 'html', 'json', 'junit', 'markdown', 'sarif', 'stylish']);
    for (const name of formatterNames()) expect(typeof (await loadFormatter(name))).toBe('function');
  });

  it('rejects an unknown format with the list of known ones', async () => {
    await expect(loadFormatter('toString')).rejects.toThrow(/Unknown format "toString"; choose one of: stylish, compact/);
  });

  it('colours only the human format, and only when asked', async () => {
    const paint = await loadPainter();
    const plain = stylish([result('/repo/a.okr.yaml', [message()])], context({ paint }));
    const coloured = stylish([result('/repo/a.okr.yaml', [message()])], context({ color: true, paint }));
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[');
  });
});
