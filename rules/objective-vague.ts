import { defineRule, quoteText, stem, stemsOf, type TextAnalysis } from '../src/rule-kit/index.js';

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

/** "Be the best platform team": a rank against everyone else, with the team itself as the object. */
const SELF_RANK_OPENERS = new Set(['be', 'become', 'remain', 'stay', 'build']);
const SUPERLATIVES = new Set(['best', 'greatest', 'finest', 'strongest', 'top', 'leading', 'premier', 'world-class', 'best-in-class', 'top-notch', 'top-tier', 'elite', 'number-one', '#1']);
const TEAM_NOUNS = new Set(['team', 'squad', 'group', 'crew', 'unit', 'org', 'organisation', 'organization', 'department', 'function', 'tribe', 'guild', 'practice', 'shop']);
/** Where the ranking holds: "in the industry", "in Europe", "on the planet" adds no change. */
const RANK_ARENAS = new Set(['in', 'on', 'of', 'the', 'a', 'an', 'our', 'this', 'industry', 'world', 'market', 'sector', 'field', 'space', 'country', 'town', 'region', 'company', 'business', 'planet', 'ecosystem', 'class', 'ever', 'anywhere', 'around']);

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
          { objective: 'Be the first choice of mid-size clinics for scheduling', note: 'Names the customers whose choice should change.' },
        ],
        invalid: [
          { objective: 'Improve collaboration' },
          { objective: 'Be better at quality' },
          { objective: 'Focus on execution' },
          { objective: 'Be the best data team in the company', note: 'A superlative about the team itself names no change.' },
          { objective: 'Strengthen our partner culture', options: { extraAbstractWords: ['partner'] }, note: 'An organisation-specific word declared abstract.' },
        ],
      },
    },
    messages: {
      vague: 'Objective "{{title}}" names no business change: {{words}} could describe any team in any quarter.',
      selfRank: 'Objective "{{title}}" ranks the team itself ("{{rank}}") but names no business change or whom it serves.',
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
        // Only a prefix of a very long title was read: the change it seems to lack may lie beyond it.
        if (analysis.truncated) return;
        const rank = selfRanking(analysis);
        if (rank) {
          context.report({
            node: objective,
            messageId: 'selfRank',
            data: { title: quoteText(objective.title), rank: rank.phrase },
            suggestion: `Replace "${quoteText(objective.title)}" with what being the ${rank.phrase} should change and for whom, e.g. "<customers or colleagues> <get which result> from the ${rank.team}", and let the key results measure that result.`,
          });
          return;
        }
        if (!isVague(analysis, isGeneric)) return;
        // The abstract nouns carry what the author meant; the rewrite hint is built around them.
        const abstract = analysis.words.filter((w, i) => i > 0 && !GENERIC_MODIFIERS.includes(w.lower) && (nouns.has(w.stem) || extras.includes(w.lower))).map((w) => w.lower);
        const subject = abstract.length > 0 ? abstract.join(' and ') : objective.title.toLowerCase();
        context.report({
          node: objective,
          messageId: 'vague',
          data: { title: quoteText(objective.title), words: describe(abstract) },
          suggestion: `Replace "${quoteText(objective.title)}" with the change better ${subject} should bring and for whom, e.g. "<customers or users> <get which result> through better ${subject}", and let the key results measure that result.`,
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

/**
 * "Be the best platform team", "Become a world-class growth team in the industry": an opener
 * of being, a superlative, up to three words naming the team's function, a team noun, then at
 * most an arena ("in the industry"). Returns the ranked phrase ("best platform team") and the team ("platform team").
 */
function selfRanking(analysis: TextAnalysis): { phrase: string; team: string } | undefined {
  const { words, text } = analysis;
  if (analysis.quantities.length > 0 || !SELF_RANK_OPENERS.has(words[0]?.lower ?? '')) return undefined;
  let i = 1;
  while (i < words.length && /^(the|a|an|our)$/.test(words[i]!.lower)) i++;
  const rankStart = i;
  if (words[i]?.lower === 'most' && words[i + 1]) i++; // "the most trusted payments team"
  else if (!SUPERLATIVES.has(words[i]?.lower ?? '')) return undefined;
  let head = -1;
  for (let j = i + 1; j < words.length && j <= i + 4; j++) {
    if (TEAM_NOUNS.has(words[j]!.lower)) {
      head = j;
      break;
    }
  }
  if (head < 0 || !words.slice(head + 1).every((w) => RANK_ARENAS.has(w.lower) || /^[A-Z]/.test(w.text))) return undefined;
  const end = words[head]!.end;
  return { phrase: text.slice(words[rankStart]!.start, end).toLowerCase(), team: text.slice(words[i + 1]!.start, end).toLowerCase() };
}

function describe(words: string[]): string {
  if (words.length === 0) return 'it';
  return words.map((w) => `"${w}"`).join(' and ');
}
