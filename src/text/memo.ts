/**
 * Values derived from one text analysis (tags, clauses, verdicts), kept on the analysis itself:
 * each memo owns a slot of an array analyzeText puts on every analysis, so they live and go
 * with it. WeakMaps did this before at about 1 µs a set (a dozen per new text) and made every
 * garbage collection walk their tables; a slot costs an array store.
 */

/** The key of the slot array on an analysis; not part of TextAnalysis' public shape. */
export const MEMO: unique symbol = Symbol('okrlint.analysisMemo');

export interface Memoised {
  [MEMO]?: unknown[];
}

/**
 * Gives a new analysis its slots. Not enumerable: a copy made with a spread (`{ ...analysis,
 * text }`) is another text to its memos, which keep it in their WeakMaps.
 */
export function withMemo<Analysis extends object>(analysis: Analysis): Analysis {
  return Object.defineProperty(analysis, MEMO, { value: [] });
}

let slots = 0;

export interface AnalysisSlot<Analysis extends object, Value> {
  get(analysis: Analysis): Value | undefined;
  set(analysis: Analysis, value: Value): void;
}

/**
 * One value per analysis, kept in a slot of its own. Objects not made by analyzeText (a plugin's
 * own) are kept in a WeakMap instead.
 */
export function analysisSlot<Analysis extends object, Value>(): AnalysisSlot<Analysis, Value> {
  const slot = slots++;
  const others = new WeakMap<Analysis, Value>();
  return {
    get: (analysis) => {
      const memo = (analysis as Memoised)[MEMO];
      return memo === undefined ? others.get(analysis) : (memo[slot] as Value | undefined);
    },
    set: (analysis, value) => {
      const memo = (analysis as Memoised)[MEMO];
      if (memo === undefined) others.set(analysis, value);
      else memo[slot] = value;
    },
  };
}

/** Stands for a computed undefined, which an empty slot cannot tell from "not computed". */
const UNDEFINED = Symbol('undefined');

/**
 * A value derived once per analysis: `memo(analysis, compute)` computes it on the first call and
 * answers the kept value after. `compute` gets the analysis, so callers pass a function made
 * once, not a closure per call.
 */
export function analysisMemo<Analysis extends object, Value>(): (analysis: Analysis, compute: (analysis: Analysis) => Value) => Value {
  const slot = analysisSlot<Analysis, Value | typeof UNDEFINED>();
  return (analysis, compute) => {
    const kept = slot.get(analysis);
    if (kept !== undefined) return (kept === UNDEFINED ? undefined : kept) as Value;
    const value = compute(analysis);
    slot.set(analysis, value === undefined ? UNDEFINED : value);
    return value;
  };
}
