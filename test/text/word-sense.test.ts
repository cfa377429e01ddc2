import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokens.js';
import { isChatToolTeams } from '../../src/text/word-sense.js';

const teamsIsTool = (text: string) => {
  const words = tokenize(text).filter((t) => t.kind === 'word');
  return isChatToolTeams(words, words.findIndex((w) => w.lower === 'teams'));
};

describe('isChatToolTeams', () => {
  it('is the tool when capitalised mid-sentence, after a place preposition or before what it carries', () => {
    expect(teamsIsTool('Ping the owner in Teams before paging')).toBe(true);
    expect(teamsIsTool('Post the summary on teams every Friday')).toBe(true);
    expect(teamsIsTool('Teams calls start on the minute')).toBe(true);
  });

  it('is people otherwise, and a capital in a title-cased sentence says nothing', () => {
    expect(teamsIsTool('Onboard 6 teams to the new pipeline')).toBe(false);
    expect(teamsIsTool('Teams own their dashboards')).toBe(false);
    expect(teamsIsTool('Grow The Number Of Teams Using Feature Flags')).toBe(false);
  });
});
