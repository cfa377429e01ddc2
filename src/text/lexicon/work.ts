/**
 * Vocabulary of work: verbs of doing a task, verbs of moving a metric, the team's own
 * outputs and events, and the results other people produce. Entries are lemmas; the
 * family matches their inflections through stems.
 */

/** Verbs whose object is a piece of work the team does or delivers. */
export const TASK_VERBS = [
  'ship', 'launch', 'build', 'implement', 'hire', 'write', 'define', 'create', 'migrate', 'publish', 'draft', 'design',
  'redesign', 'document', 'deploy', 'release', 'introduce', 'add', 'evaluate', 'pick', 'choose', 'select', 'identify',
  'name', 'update', 'switch', 'automate', 'track', 'measure', 'start', 'begin', 'finish', 'complete', 'produce',
  'present', 'schedule', 'submit', 'run', 'hold', 'host', 'organise', 'organize', 'conduct', 'train', 'refactor',
  'rewrite', 'replace', 'integrate', 'install', 'configure', 'support', 'elevate', 'amplify', 'celebrate', 'feature',
  'scale', 'renegotiate', 'negotiate', 'prepare', 'plan', 'research', 'audit', 'test', 'validate', 'interview', 'speak',
  'post', 'send', 'onboard', 'recruit', 'assign', 'establish', 'appoint', 'set up', 'roll out', 'write down', 'fill', 'fill in',
  'fill out', 'enter', 'give', 'trial', 'pilot', 'do', 'deliver', 'share', 'announce', 'record', 'film', 'translate',
  'upgrade', 'adopt', 'review', 'map', 'rebuild', 'restructure', 'formalise', 'formalize', 'standardise', 'standardize',
  'instrument', 'set', 'kick off', 'hand over', 'open', 'file', 'fix', 'commit', 'sponsor', 'attend', 'visit', 'call', 'email',
  'demo', 'pitch', 'teach', 'mentor', 'coach', 'decommission', 'retire', 'sunset', 'consolidate', 'digitise', 'digitize',
  'outline', 'compile', 'collect', 'gather', 'survey', 'nail', 'polish', 'refresh', 'revamp', 'overhaul', 'localise',
  'localize', 'port', 'merge', 'contribute', 'list', 'open-source', 'clean up', 'prototype', 'benchmark', 'rename', 'reorganise', 'reorganize', 'staff', 'enable', 'provide',
];

/** Verbs that, used as the main verb, take an object whose level or flow moves. */
export const OUTCOME_VERBS = [
  'increase', 'decrease', 'reduce', 'grow', 'raise', 'lift', 'cut', 'lower', 'boost', 'improve', 'reach', 'achieve',
  'hit', 'attain', 'maintain', 'keep', 'sustain', 'convert', 'generate', 'win', 'close', 'retain', 'acquire', 'sign',
  'eliminate', 'double', 'triple', 'halve', 'drive', 'exceed', 'score', 'earn', 'save', 'shorten', 'speed', 'accelerate',
  'minimise', 'minimize', 'maximise', 'maximize', 'stay', 'expand', 'shrink', 'drop', 'attract',
  'land', 'book', 'sell', 'serve', 'resolve', 'prevent', 'avoid', 'limit', 'cap', 'protect', 'secure', 'ensure',
  'respond', 'answer', 'acknowledge', 'restore', 'reclaim', 'return', 'handle', 'recover', 'bring', 'pull',
];

/** Verbs that say little alone: the KR is judged by their object ("get 2 PRs merged", "make X available"). */
export const NEUTRAL_VERBS = ['get', 'make', 'have', 'see', 'line up'];

/** Verbs of running an event: they make an activity of whatever they take as object. */
export const EVENT_VERBS = ['run', 'hold', 'host', 'organise', 'organize', 'conduct', 'attend'];

/** Verbs whose object must be weighed before calling the KR a task ("give", "deliver", "support"). */
export const WEAK_TASK_VERBS = ['give', 'deliver', 'support', 'provide', 'do', 'set', 'open', 'enable', 'file', 'commit', 'call', 'review', 'test', 'track', 'record'];

/** Outputs and activities the team itself produces or performs. */
export const OUTPUT_NOUNS = [
  'demo', 'meeting', 'post', 'blog', 'article', 'webinar', 'call', 'training', 'document', 'doc', 'documentation',
  'review', 'workshop', 'talk', 'presentation', 'session', 'event', 'conference', 'meetup', 'newsletter', 'email',
  'video', 'podcast', 'episode', 'tutorial', 'guide', 'handbook', 'playbook', 'runbook', 'course', 'library',
  'whitepaper', 'white paper', 'ebook', 'case study', 'report', 'roadmap', 'plan', 'spec', 'specification', 'rfc',
  'proposal', 'deck', 'pitch', 'prototype', 'feature', 'release', 'pull request', 'pr', 'commit', 'ticket closed',
  'interview', 'survey', 'experiment', 'test', 'user test', 'ama', 'announcement', 'content piece', 'piece',
  'asset', 'campaign', 'outreach', 'visit', 'site visit', 'hackathon', 'improvement', 'update', 'dashboard', 'tool',
  'process', 'policy', 'template', 'checklist', 'framework', 'guideline', 'model', 'module', 'integration', 'minutes',
  'standup', 'stand-up', 'retro', 'retrospective', 'sync', 'check-in', 'one-on-one', 'office hours', 'lunch and learn',
  'brown bag', 'summary', 'how-to', 'faq', 'wiki', 'page', 'landing page', 'booth', 'sponsorship', 'infographic',
  'tweet', 'story', 'lesson', 'curriculum', 'certification', 'onboarding program', 'program', 'programme', 'initiative',
  'effort', 'norm', 'rule', 'owner', 'hire', 'headcount', 'team', 'role', 'position', '=designer', '=designers', 'engineer',
  '=developer', '=developers', '=manager', '=managers', 'salesperson', 'salespeople', '=recruiter', '=recruiters',
  '=interviewer', '=interviewers', 'analyst', 'teammate',
  'committee member', 'contract', 'agreement',
];

/** People the team adds to itself: a count of them is hiring, not an outcome. */
export const STAFF_NOUNS = [
  'hire', 'headcount', 'team', '=designer', '=designers', 'engineer', '=developer', '=developers', '=manager',
  '=managers', 'salesperson', 'salespeople', '=recruiter', '=recruiters', '=interviewer', '=interviewers', 'analyst',
  'teammate', 'committee member', 'owner', 'role', 'position',
];

/** Results that other people produce: counting them is an outcome, not activity. */
export const OTHERS_RESULT_NOUNS = [
  'sign-up', 'signup', 'sign up', 'registration', 'deal', 'customer', 'client', 'user', 'subscriber', 'follower',
  'visitor', 'visit', 'reader', 'read', 'view', 'download', 'install', 'lead', 'mql', 'sql', 'opportunity', 'prospect',
  'buyer', 'order', 'purchase', 'sale', 'revenue', 'arr', 'mrr', '=booking', '=bookings', 'pipeline', 'renewal', 'upgrade',
  'referral', 'reply', 'response', 'mention', 'click', 'conversion', 'trial', 'activation', 'retention', 'churn',
  'defect', 'bug', 'complaint', 'ticket', 'incident', 'error', 'review', 'testimonial', 'attendee', 'participant', 'curator',
  'contributor', 'publisher', 'creator', 'partner', 'reseller', 'account', 'nps', 'csat', 'rating', 'review score',
  'applicant', 'candidate', 'application', 'enrolment', 'enrollment', 'star', 'fork', 'usage', 'traffic', 'session',
  'query', 'search', 'request', 'transaction', 'payment', 'citation', 'backlink', 'share', 'like', 'comment',
];

/** Metric heads: an object like this is a level or flow, not a piece of work. */
export const METRIC_NOUNS = [
  'rate', 'ratio', 'share', 'percentage', 'percent', 'score', 'level', 'time', 'latency', 'sla', 'slo', 'uptime', 'turnaround', 'frequency',
  'availability', 'cost', 'number', 'count', 'volume', 'value', 'margin', 'speed', 'duration', 'average', 'median',
  'p95', 'p99', 'throughput', 'coverage', 'accuracy', 'satisfaction', 'nps', 'csat', 'churn', 'growth', 'budget',
];

/** Words that make a declarative KR a finished state of a deliverable ("search is live"). */
export const STATE_WORDS = [
  '=live', '=enabled', '=available', 'in place', 'in production', 'on by default', '=running', '=deployed', '=shipped',
  '=launched', '=released', '=implemented', '=operational', 'rolled out', 'set up', '=published', '=documented',
  '=tracked', '=approved', 'signed off', '=done', '=completed', '=finished', '=ready', '=merged', '=automated',
  '=defined', '=written', '=exists', '=exist',
];

/** People outside the team: when they are the subject, the KR counts their behaviour. */
export const OUTSIDE_PEOPLE = [
  'customer', 'client', 'user', 'prospect', 'buyer', 'visitor', 'reader', 'subscriber', 'follower', 'partner',
  'reseller', 'attendee', 'participant', '=applicant', '=applicants', 'candidate', 'lead', 'account', 'shopper', 'patient', 'student',
  'learner', 'viewer', 'listener', 'player', 'tenant', 'community', 'contributor', 'vendor',
  'supplier', 'donor', 'volunteer', 'citizen', 'member of the public', 'press', 'journalist', 'analyst firm',
];

/** Nouns a product or an artefact goes by: the subject of "the UI shows ...". */
export const ARTEFACT_NOUNS = ['ui', 'app', 'page', 'site', 'website', 'dashboard', 'handbook', 'docs', 'documentation', 'guide', 'tool', 'feature', 'stack', 'product', 'api', 'cli', 'portal', 'system', 'service', 'platform', 'pipeline', 'wiki', 'report', 'plan', 'roadmap', 'process', 'policy', 'intelligence', 'search', 'integration', 'form', 'flow', 'screen', 'view', 'module', 'model'];

/** Verbs a product or artefact does when it is done: "the UI shows", "the handbook describes". */
export const ARTEFACT_VERBS = ['show', 'describe', 'cover', 'explain', 'list', 'display', 'support', 'include', 'contain', 'document', 'offer', 'let', 'allow'];

/** Things a team "has" when a task is done: "every project has a written RFC". */
export const POSSESSED_ARTEFACTS = ['plan', 'process', 'rfc', 'owner', 'roadmap', 'spec', 'runbook', 'playbook', 'policy', 'dashboard', 'document', 'doc', 'template', 'checklist', 'guide', 'budget', 'strategy', 'framework'];

/** Activities a deliberate leading indicator may count (kind: leading). */
export const LEADING_NOUNS = ['experiment', 'interview', 'test', 'user test', 'usability test', 'prototype', 'survey', 'study', 'discovery call', 'customer call', 'call', 'visit', 'site visit', 'trial', 'pilot', 'spike', 'hypothesis', 'a/b test', 'conversation', 'demo', 'session'];

/** Quantity heads that measure time taken: "within 2 business days", "in under 1 iteration". */
export const TURNAROUND_UNITS = ['minute', 'min', 'hour', 'hr', 'day', 'week', 'month', 'business day', 'working day', 'iteration', 'sprint', 'cycle', 'second', 'sec', 'ms'];

/** People inside an organisation, as subjects: "Every member shows ...", "Each agent ...". */
export const PEOPLE_AT_WORK = [
  'member', 'employee', 'staff', 'person', 'people', 'everyone', 'everybody', 'agent', 'rep', 'representative', 'teammate',
  'colleague', 'worker', 'nurse', 'teacher', 'doctor', 'driver', 'technician', 'admin', 'administrator', 'executive',
  'leader', 'lead', 'we', 'you', 'they', 'i', 'team', 'squad', '=manager', '=managers', 'engineer', '=developer',
  '=developers', '=designer', '=designers', 'analyst',
];

/** Groups of people and markets: acting on them ("Captivate the audience") is an aim, not a deliverable. */
export const AUDIENCE_NOUNS = ['audience', 'market', 'segment', 'public', 'crowd', 'sector', 'industry', 'world', 'floor', 'workforce', 'base', 'community', 'culture', 'mindset', 'morale'];

