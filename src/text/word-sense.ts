/**
 * Word senses that hang on capitalisation and the neighbouring words. "teams" is usually
 * people ("the share of teams deploying daily"); it is Microsoft Teams, the chat tool, only
 * when written as a name mid-sentence ("reply in Teams"), after a preposition of place
 * ("on teams", "via Teams") or before what the tool carries ("Teams messages", "teams status").
 */
import type { Token } from './tokens.js';

const TOOL_PREPOSITIONS = new Set(['on', 'in', 'via', 'over', 'through', 'using', 'into']);
const TOOL_PARTS = new Set(['message', 'messages', 'chat', 'chats', 'call', 'calls', 'status', 'channel', 'channels', 'notification', 'notifications', 'ping', 'pings', 'dm', 'dms', 'presence']);

/** True when the word at `i` of a word list names the chat tool rather than groups of people. */
export function isChatToolTeams(words: readonly Token[], i: number): boolean {
  const word = words[i];
  if (!word || word.lower !== 'teams') return false;
  if (i > 0 && word.text === 'Teams' && !isTitleCase(words)) return true;
  if (TOOL_PREPOSITIONS.has(words[i - 1]?.lower ?? '')) return true;
  return TOOL_PARTS.has(words[i + 1]?.lower ?? '');
}

/** "Increase The Share Of Teams Deploying Daily": when most words are capitalised, a capital says nothing. */
function isTitleCase(words: readonly Token[]): boolean {
  const capitalised = words.filter((w) => /^[A-Z]/.test(w.text)).length;
  return words.length >= 4 && capitalised / words.length > 0.6;
}
