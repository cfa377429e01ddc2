import { defineRule, stem, stemsOf, type TextAnalysis } from '../src/rule-kit/index.js';

interface Options {
  /** More abstract nouns or generic words that name no business change in your organisation. */
  extraAbstractWords: string[];
}

/** Verbs that say "do more/better" without saying what changes. */
const GENERIC_VERBS = [
  'improve', 'be', 'become', 'focus', 'drive', 'enhance', 'optimise', 'optimize', 'strengthen', 'foster', 'promote',
  'increase', 'boost', 'continue', 'keep', 'get', 'do', 'make', 'achieve', 'ensure', 'maintain', 'work', 'level', 'step',
  'double', 'invest', 'embrace', 'prioritise', 'prioritize', 'raise', 'elevate', 'build', 'create', 'develop', 'grow',
  'support', 'enable', 'empower', 'nurture', 'cultivate', 'streamline', 'modernise', 'modernize', 'transform', 'deliver',
  'execute', 'lead', 'win', 'own', 'take', 'have', 'stay', 'remain', 'establish', 'embed', 'advance', 'unlock', 'lift', 'upgrade', 'pursue',
];

/** Abstract nouns that could describe any team in any quarter. */
const ABSTRACT_NOUNS = [
  'collaboration', 'quality', 'execution', 'communication', 'alignment', 'efficiency', 'excellence', 'process', 'processes',
  'culture', 'performance', 'productivity', 'teamwork', 'ownership', 'innovation', 'transparency', 'synergy', 'synergies',
  'operations', 'practice', 'practices', 'thing', 'things', 'stuff', 'work', 'output', 'outcomes', 'velocity', 'effectiveness',
  'accountability', 'agility', 'focus', 'impact', 'value', 'results', 'success', 'growth', 'momentum', 'discipline',
  'maturity', 'capability', 'capabilities', 'way', 'ways', 'working', 'team', 'teams', 'people', 'everyone', 'everything',
  'level', 'game', 'bar', 'standard', 'standards', 'mindset', 'spirit', 'engagement', 'morale', 'cohesion', 'habit', 'habits',
  'strategy', 'vision', 'mission', 'goal', 'goals', 'priority', 'priorities', 'initiative', 'initiatives', 'delivery',
  'workforce', 'coordination', 'cooperation', 'partnership', 'relationship', 'relationships', 'trust', 'rigor', 'rigour', 'speed', 'pace',
  'organisation', 'organization', 'company', 'department', 'function', 'area', 'areas', 'knowledge', 'learning', 'skills',
  // A function's own name is no object: "Improve engineering excellence" says nothing about what changes, or for whom.
  'engineering', 'eng', 'sales', 'marketing', 'support', 'product', 'design', 'finance', 'hr', 'it', 'ops', 'development', 'dev',
];

/** Modifiers that grade without naming anything. */
const GENERIC_MODIFIERS = [
  'better', 'best', 'great', 'greater', 'world-class', 'world', 'class', 'more', 'most', 'effective', 'efficient', 'strong',
  'stronger', 'high-performing', 'high', 'performing', 'good', 'excellent', 'overall', 'general', 'key', 'core', 'internal',
  'operational', 'real', 'true', 'truly', 'really', 'very', 'much', 'continuous', 'continuously', 'consistent', 'consistently',
  'next', 'new', 'top', 'notch', 'top-notch', 'amazing', 'awesome', 'cross-functional', 'cross', 'functional', 'seamless',
  'smooth', 'smoother', 'agile', 'lean', 'proactive', 'robust', 'holistic', 'strategic', 'clear', 'clearer', 'shared', 'even',
  'every', 'always', 'further', 'up', 'down', 'responsive', 'reliable', 'productive', 'accountable', 'aligned', 'collaborative',
  'transparent', 'innovative', 'engaged', 'motivated', 'happy', 'healthy', 'mature',
  'aspirational', 'connected', 'remote', 'all-remote', 'distributed', 'hybrid', 'well-run', 'small', 'big', 'bigger', 'on', 'our', 'ours', 'we', 'us', 'all', 'across', 'the', 'a', 'an', 'of', 'and',
  'at', 'in', 'to', 'for', 'with', 'as', 'its', 'it', 'how', 'what', 'whole', 'entire', 'together', 'everywhere', 'anywhere',
];

/** Stemmed word lists, built once per process (rules are created per file). */
let stemmed: { verbs: Set<string>; nouns: Set<string>; modifiers: Set<string> } | undefined;
function lexicon() {
  stemmed ??= { verbs: stemsOf(GENERIC_VERBS), nouns: stemsOf(ABSTRACT_NOUNS), modifiers: stemsOf(GENERIC_MODIFIERS) };
  return stemmed;
}

const LISTED = new Set([...GENERIC_VERBS, ...ABSTRACT_NOUNS, ...GENERIC_MODIFIERS]);

export default defineRule<Options>({
  name: 'objective-vague',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Make each objective name the business change it wants, not a generic virtue.',
      rationale:
        'An objective built only from generic verbs and abstract nouns ("Improve collaboration", "Focus on execution") fits any team in any quarter, so it cannot tell the team what to change or whom it serves. Naming a customer, user, product or business effect gives the key results something to measure.',
      recommended: true,
      examples: {
        valid: [
          { objective: 'Make self-service the first stop for routine billing questions' },
          { objective: 'Improve search for first-time users', note: 'A generic verb, but a concrete object and audience.' },
        ],
        invalid: [
          { objective: 'Improve collaboration' },
          { objective: 'Be better at quality' },
          { objective: 'Focus on execution' },
          { objective: 'Strengthen our partner culture', options: { extraAbstractWords: ['partner'] }, note: 'An organisation-specific word declared abstract.' },
        ],
      },
    },
    messages: {
      vague: 'Objective "{{title}}" names no business change: {{words}} could describe any team in any quarter.',
    },
    schema: {
      type: 'object',
      properties: { extraAbstractWords: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } },
      additionalProperties: false,
    },
    defaultOptions: { extraAbstractWords: [] },
  },
  create(context) {
    const extras = context.options.extraAbstractWords.map((w) => w.toLowerCase());
    const { verbs, modifiers, nouns: builtinNouns } = lexicon();
    const nouns = extras.length > 0 ? new Set([...builtinNouns, ...stemsOf(extras)]) : builtinNouns;
    const isGeneric = (word: string): boolean => {
      const stemmed = stem(word);
      if (extras.includes(word) || LISTED.has(word)) return true;
      // "developer" stems to "develop", but an agent noun names someone, not a generic action.
      if (/(er|ers|or|ors)$/.test(word)) return false;
      return verbs.has(stemmed) || nouns.has(stemmed) || modifiers.has(stemmed);
    };
    return {
      objective(objective) {
        const analysis = context.analyze(objective.title);
        if (!isVague(analysis, isGeneric)) return;
        // The abstract nouns carry what the author meant; the rewrite hint is built around them.
        const abstract = analysis.words.filter((w, i) => i > 0 && !GENERIC_MODIFIERS.includes(w.lower) && (nouns.has(w.stem) || extras.includes(w.lower))).map((w) => w.lower);
        const subject = abstract.length > 0 ? abstract.join(' and ') : objective.title.toLowerCase();
        context.report({
          node: objective,
          messageId: 'vague',
          data: { title: objective.title, words: describe(abstract) },
          suggestion: `Replace "${objective.title}" with the change better ${subject} should bring and for whom, e.g. "<customers or users> <get which result> through better ${subject}", and let the key results measure that result.`,
        });
      },
    };
  },
});

/** Vague: it has words, no number, and every word (each part of a hyphenated one) is generic. */
function isVague(analysis: TextAnalysis, isGeneric: (word: string) => boolean): boolean {
  if (analysis.words.length === 0 || analysis.quantities.length > 0) return false;
  return analysis.words.every((w) => isGeneric(w.lower) || w.lower.split(/[-']/).filter(Boolean).every((part) => part === 's' || isGeneric(part)));
}

function describe(words: string[]): string {
  if (words.length === 0) return 'it';
  return words.map((w) => `"${w}"`).join(' and ');
}
