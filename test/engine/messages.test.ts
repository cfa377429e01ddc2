import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/engine/messages.js';

describe('formatMessage', () => {
  it('fills every placeholder, spaces inside the braces allowed, and keeps unknown ones as written', () => {
    const template = 'Counts {{what}} ({{ count }}x); {{what}} again, {{missing}} stays.';
    expect(formatMessage(template, { what: 'demos', count: 3 })).toBe('Counts demos (3x); demos again, {{missing}} stays.');
    // Asked again, the template gives the same text with other data.
    expect(formatMessage(template, { what: 'posts', count: 0 })).toBe('Counts posts (0x); posts again, {{missing}} stays.');
  });

  it('inserts data as written: no $ patterns, no second pass over inserted text', () => {
    expect(formatMessage('Say "{{kr}}".', { kr: "$& and $1 and {{kr}}" })).toBe('Say "$& and $1 and {{kr}}".');
  });

  it('gives a text without placeholders back unchanged, braces that name no key included', () => {
    expect(formatMessage('Keep one of the two.', { kr: 'x' })).toBe('Keep one of the two.');
    expect(formatMessage('{{}} and {{ a-b }} and {{x', { x: '1' })).toBe('{{}} and {{ a-b }} and {{x');
    expect(formatMessage('{{x}}')).toBe('{{x}}');
  });
});
