export { analyzeText } from './analysis.js';
export type { TextAnalysis, Quantity, QuantityRange, DateMention, Token } from './analysis.js';
export type { QuantityUnit } from './numbers.js';
export { stem, singular, tokenize } from './tokens.js';
export { isMonth, parseNumeral } from './numbers.js';
export { isWeekday } from './dates.js';
