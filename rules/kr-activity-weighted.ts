import { baseForm, defineRule, gerund, judgeVisibility, judgeWork, LEADING_NOUNS, pastParticiple, quoteText, termFamily, WordFamily, type KeyResult, type TextAnalysis, type WorkFinding } from '../src/rule-kit/index.js';

interface Options {
  /** More nouns for outputs or events the team produces ("pamphlet", "roadshow"). */
  extraActivityNouns: string[];
  /** More verbs of doing a task ("containerise"). */
  extraTaskVerbs: string[];
  /** Key results mentioning any of these terms are never reported. */
  allowTerms: string[];
  /** Report deliverable/task KRs (set false to keep only activity counts). */
  reportTasks: boolean;
  /** `kind: milestone` KRs are accepted as honest deliverables. */
  allowMilestones: boolean;
  /** More activities a `kind: leading` KR may count ("shadowing session"). */
  extraLeadingNouns: string[];
}

const leadingCache = new Map<string, WordFamily>();
const RUNS_OF_SPACE = /\s+/g;

function leadingFamily(extra: readonly string[]): WordFamily {
  const key = extra.join('\u0000');
  let family = leadingCache.get(key);
  if (!family) {
    family = new WordFamily([...LEADING_NOUNS, ...extra]);
    leadingCache.set(key, family);
  }
  return family;
}

export default defineRule<Options>({
  name: 'kr-activity-weighted',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Flag key results whose success is work done (activities, outputs, tasks) rather than the effect the work should have.',
      rationale:
        'A key result measures a change in the world. Counting demos held or posts published, or ticking off "ship X", rewards being busy: the team can hit every number while nothing improves for customers. Keep the work as an initiative and make the key result its effect.',
      recommended: true,
      examples: {
        valid: [
          { kr: 'Grow organic sign-ups from blog content from 800 to 960 a month', note: 'Counts what readers do, with a start value.' },
          { kr: 'Close 40 new enterprise deals this quarter', note: 'Deals closed are a result other people produce.' },
          { kr: { title: 'Run 12 problem interviews with churned accounts', kind: 'leading' }, note: 'A declared leading indicator may count discovery work.' },
          { kr: { title: 'Ship the self-serve billing page', kind: 'milestone' }, options: { allowMilestones: true } },
        ],
        invalid: [
          { kr: 'Publish 3 blog posts on the product', note: 'Counts posts published, an activity.' },
          { kr: 'Run 10 customer demos', note: 'Counts events the team runs.' },
          { kr: 'Ship the new onboarding flow', note: 'A task: done or not done, whatever its effect.' },
          { kr: 'Hire 3 backend engineers', note: 'Hiring is a task on the way to a result.' },
          { kr: { title: 'Launch the partner portal', kind: 'milestone' }, note: 'Milestones are reported unless allowMilestones is set.' },
        ],
      },
    },
    messages: {
      activity: 'Counts {{what}}, an activity the team performs; name the effect the {{thing}} should have.',
      actedOn: 'Counts {{what}}, an activity the team performs; name the effect that {{doing}} should have.',
      event: 'Success is {{doing}}, an activity the team performs; name the effect the {{thing}} should have.',
      task: '"{{task}}" is a task: success is the work being done, not a change it causes; state the result {{thing}} should produce.',
      milestone: 'Milestone "{{task}}" is a deliverable, not a result; pair it with the outcome it should move (or set allowMilestones).',
    },
    schema: {
      type: 'object',
      properties: {
        extraActivityNouns: { type: 'array', items: { type: 'string', minLength: 1 } },
        extraTaskVerbs: { type: 'array', items: { type: 'string', minLength: 1 } },
        allowTerms: { type: 'array', items: { type: 'string', minLength: 1 } },
        reportTasks: { type: 'boolean' },
        allowMilestones: { type: 'boolean' },
        extraLeadingNouns: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      additionalProperties: false,
    },
    defaultOptions: { extraActivityNouns: [], extraTaskVerbs: [], allowTerms: [], reportTasks: true, allowMilestones: false, extraLeadingNouns: [] },
  },
  create(context) {
    const options = context.options;
    return {
      keyResult(keyResult) {
        const analysis = context.analyze(keyResult.title);
        // Only a prefix of a very long title was read: the outcome it is missing may lie beyond it.
        if (analysis.truncated) return;
        if (options.allowTerms.length > 0 && termFamily(options.allowTerms).occursIn(analysis.words)) return;
        if (keyResult.kind === 'milestone' && options.allowMilestones) return;
        // Presence and responsiveness norms belong to kr-visibility; reporting them here too would be noise.
        if (judgeVisibility(analysis)) return;
        const finding = judgeWork(analysis, options);
        if (!finding) return;
        if (keyResult.kind === 'leading' && countsLeadingWork(finding, analysis, options.extraLeadingNouns)) return;
        report(keyResult, analysis, finding);
      },
    };

    function report(keyResult: KeyResult, analysis: TextAnalysis, finding: WorkFinding): void {
      const kr = quoteText(analysis.text.trim());
      const thing = quoteText(finding.what || 'this work');
      const bare = withoutArticle(thing);
      // Imperative KRs are named by verb and object ("Ship the onboarding flow"); declarative ones are quoted whole.
      const task = finding.verb ? `${finding.verb} ${thing}` : kr;
      const outcome = outcomeHint(keyResult);
      if (keyResult.kind === 'milestone') {
        context.report({ node: keyResult, messageId: 'milestone', data: { task }, suggestion: taskSuggestion(kr, outcome) });
        return;
      }
      if (finding.kind === 'activity') {
        const counted = finding.count ? bare.replace(finding.count.raw, ' ').replace(RUNS_OF_SPACE, ' ').trim() : bare;
        const done = finding.verb ? ` ${pastParticiple(baseForm(finding.verb))}` : '';
        const what = finding.count ? (done ? `${counted}${done} (${finding.count.raw})` : `${finding.count.raw} ${counted}`) : `${counted}${done}`;
        // Without a count the KR names one event or output: "Success is holding a retro".
        const uncounted = !finding.count && finding.verb !== undefined;
        if (finding.actedOn && finding.verb && !uncounted) {
          // "the clinics should have" misplaces the effect: it is the migrating's, not the clinics'.
          const doing = `${gerund(baseForm(finding.verb))} the ${counted}`;
          context.report({ node: keyResult, messageId: 'actedOn', data: { what, doing }, suggestion: `Keep "${kr}" as an initiative and measure what ${doing} should change, e.g. "Raise ${outcome} from <current value> to <target>".` });
          return;
        }
        context.report({
          node: keyResult,
          messageId: uncounted ? 'event' : 'activity',
          data: uncounted ? { doing: `${gerund(baseForm(finding.verb!))} ${thing}`, thing: counted } : { what, thing: counted },
          suggestion: `Keep "${kr}" as an initiative and measure what the ${counted} should change, e.g. "Raise ${outcome} driven by the ${counted} from <current value> to <target>".`,
        });
        return;
      }
      if (!options.reportTasks) return;
      context.report({ node: keyResult, messageId: 'task', data: { task, thing: midSentence(thing, kr) }, suggestion: taskSuggestion(kr, outcome) });
    }
  },
});

const ARTICLES = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'your']);

/** "the internal library" -> "internal library", so templates can say "the {{thing}}". */
function withoutArticle(phrase: string): string {
  const space = phrase.indexOf(' ');
  return space > 0 && ARTICLES.has(phrase.slice(0, space).toLowerCase()) ? phrase.slice(space + 1) : phrase;
}

/**
 * A phrase moved from the start of the KR into the middle of a sentence: "The new pricing page" ->
 * "the new pricing page"; a capitalised noun that may be a name ("Runbooks", "Salesforce") is quoted as written.
 */
function midSentence(phrase: string, kr: string): string {
  if (!/^[A-Z]/.test(phrase) || !kr.startsWith(phrase)) return phrase;
  const space = phrase.indexOf(' ');
  const first = space > 0 ? phrase.slice(0, space) : phrase;
  if (ARTICLES.has(first.toLowerCase())) return phrase[0]!.toLowerCase() + phrase.slice(1);
  return `"${phrase}"`;
}

function taskSuggestion(kr: string, outcome: string): string {
  return `Make "${kr}" an initiative and the key result its effect, e.g. "Raise ${outcome} from <current value> to <target>" with this work as the way to get there.`;
}

/** A placeholder for the metric to move, naming the objective when there is one. */
function outcomeHint(keyResult: KeyResult): string {
  const objective = keyResult.objective.title.trim();
  return objective ? `<the metric behind "${quoteText(objective)}">` : '<the metric this work should move>';
}

/** `kind: leading` accepts counts of discovery work: experiments, interviews, user tests. */
function countsLeadingWork(finding: WorkFinding, analysis: TextAnalysis, extra: readonly string[]): boolean {
  const family = leadingFamily(extra);
  return family.occursIn(finding.words.filter((t) => t.kind === 'word')) || family.occursIn(analysis.words);
}
