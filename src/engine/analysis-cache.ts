/**
 * Text analyses of one linter, kept in two generations: every rule of a file asks for the same
 * texts, and texts repeated across files (key results copied between teams and quarters) keep
 * hitting, while memory stays bounded (an analysis and the verdicts memoised on it take a few
 * kilobytes). When the recent generation is full it becomes the older one and the oldest goes.
 */
import { analyzeText, type TextAnalysis } from '../text/analysis.js';
import { analyzedPart } from './limits.js';

const ANALYSES_PER_GENERATION = 4_000;

export class AnalysisCache {
  private recent = new Map<string, TextAnalysis>();
  private older = new Map<string, TextAnalysis>();

  constructor(private readonly perGeneration = ANALYSES_PER_GENERATION) {}

  /** The analysis of a text (of its analysed part when it is very long), computed once while kept. */
  analyze = (text: string): TextAnalysis => {
    const recent = this.recent.get(text);
    if (recent) return recent;
    const analysis = this.older.get(text) ?? analyzeText(analyzedPart(text), text.length);
    if (this.recent.size >= this.perGeneration) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(text, analysis);
    return analysis;
  };
}
