import { describe, expect, it } from 'vitest';
import github, { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { context, message, result, sampleResults } from './fixtures.js';

describe('github annotations', () => {
  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir: a,b/50%.okr.yaml\n')).toBe('dir%3A a%2Cb/50%25.okr.yaml%0A');
  });

  it('prints one workflow command per finding with position, title and a relative path', () => {
    const lines = github(sampleResults(), context()).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('::warning file=okrs/growth.okr.yaml,line=4,col=5,endLine=4,endColumn=30,title=okrlint objective-kr-count::Objective has 1 key result; aim for at least 3.');
    expect(lines[1]).toMatch(/^::error file=okrs\/growth\.okr\.yaml,line=7,col=9,endLine=7,endColumn=48,title=okrlint kr-no-source::/);
    // Every finding stays on one line, whatever its text held.
    expect(lines[1]).toContain('100%25 done%0D%0Anext line');
    expect(lines[1]).toContain('%0ASuggestion: Add source');
    expect(lines[3]).toMatch(/^::error file=okrs\/logo\.okr\.yaml,line=1,col=1,/);
  });

  it('escapes file names that hold commas and colons, and never starts paths with ./', () => {
    const text = github([result('/repo/teams/a,b:c.okr.yaml', [message()])], context());
    expect(text).toContain('file=teams/a%2Cb%3Ac.okr.yaml,line=4');
    expect(github([result('/elsewhere/x.okr.yaml', [message()])], context())).toContain('file=../elsewhere/x.okr.yaml,');
  });

  it('shows ESC, BEL and other control characters of OKR text as \\uXXXX, never raw in the job log', () => {
    const line = github(sampleResults(), context()).split('\n')[1]!;
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(line).toContain('next line\\u0001\\u0007\\u001b[31m');
  });

  it('prints nothing for clean results', () => {
    expect(github([result('/repo/a.okr.yaml', [])], context())).toBe('');
  });
});
