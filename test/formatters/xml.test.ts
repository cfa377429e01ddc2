import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import checkstyle from '../../src/formatters/checkstyle.js';
import junit from '../../src/formatters/junit.js';
import { context, message, result, sampleResults } from './fixtures.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'file', 'error'].includes(name) });

function parseXml(text: string): any {
  const verdict = XMLValidator.validate(text);
  expect(verdict).toBe(true);
  return parser.parse(text);
}

// What XML 1.0 allows; the formatters replace everything else.
const FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('junit formatter', () => {
  const doc = () => parseXml(junit(sampleResults(), context()));

  it('is well-formed XML whatever the message holds, with no characters XML 1.0 forbids', () => {
    const text = junit(sampleResults(), context());
    expect(FORBIDDEN.test(text)).toBe(false);
    expect(text).not.toContain(']]>');
    doc();
  });

  it('keeps the message text readable after the round trip through a parser', () => {
    const growth = doc().testsuites.testsuite[0];
    const failure = growth.testcase[1].failure;
    expect(failure.message).toContain('Ends CDATA ]]> then <b>tags</b> & "quotes"');
    expect(failure['#text']).toContain('pipe, comma: colon 100% done');
    expect(failure['#text']).toContain('Suggestion: Add source: "Billing dashboard" & name the report <here>');
  });

  it('has one test case per finding, with unique names within a suite, and one passing case for a clean file', () => {
    const { testsuites } = doc();
    expect(testsuites.tests).toBe('5');
    expect(testsuites.failures).toBe('4');
    const [growth, logo, clean] = testsuites.testsuite;
    expect(growth.name).toBe('okrs/growth.okr.yaml');
    expect(growth.testcase).toHaveLength(3);
    const names = growth.testcase.map((c: any) => c.name);
    expect(new Set(names).size).toBe(3);
    expect(names).toContain('kr-no-source at 7:9 (2)');
    expect(logo.testcase[0].failure.type).toBe('file/binary');
    expect(clean.failures).toBe('0');
    expect(clean.testcase).toHaveLength(1);
    expect(clean.testcase[0].failure).toBeUndefined();
  });

  it('survives lone surrogates and every C0 control character', () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    const text = junit([result('/repo/a.okr.yaml', [message({ message: `x${controls}\uD800y\uDFFFz` })])], context());
    expect(FORBIDDEN.test(text)).toBe(false);
    const failure = parseXml(text).testsuites.testsuite[0].testcase[0].failure;
    expect(failure.message).toMatch(/^warning: x.*y.*z$/s);
  });
});

describe('checkstyle formatter', () => {
  it('is well-formed XML with one error element per finding, severity and source', () => {
    const text = checkstyle(sampleResults(), context());
    expect(FORBIDDEN.test(text)).toBe(false);
    const files = parseXml(text).checkstyle.file;
    expect(files.map((f: any) => f.name)).toEqual(['/repo/okrs/growth.okr.yaml', '/repo/okrs/logo.okr.yaml', '/repo/okrs/clean.okr.yaml']);
    const [warning, nasty] = files[0].error;
    expect(warning).toMatchObject({ line: '4', column: '5', severity: 'warning', source: 'okrlint.objective-kr-count' });
    expect(nasty.severity).toBe('error');
    expect(nasty.message).toContain('Ends CDATA ]]> then <b>tags</b> & "quotes" \'single\'');
    expect(files[2].error).toBeUndefined();
  });
});
