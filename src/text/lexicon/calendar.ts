/** Vocabulary of the calendar: rituals, recurrence, attending, calendar blocks and deadlines. */

/** Recurring meetings and routine paperwork a team holds or attends. */
export const RITUAL_NOUNS = [
  'meeting', 'sync', 'standup', 'stand-up', 'stand up', 'retro', 'retrospective', 'one-on-one', 'one on one', '1on1',
  'check-in', 'check in', 'office hours', 'review', 'demo', 'planning', 'all-hands', 'all hands', 'town hall',
  'minutes', 'timesheet', 'time sheet', 'time entry', 'agenda', 'huddle', 'catch-up', 'catch up', 'ceremony', 'ritual',
  'status update', 'status report', 'report', 'plan', 'testing', 'session', 'call', 'webinar', 'newsletter',
  'availability', 'walkthrough', 'walk-through', 'brief', 'briefing', 'debrief', 'standup call', 'roundtable',
  'lunch and learn', 'offsite', 'workshop', 'kickoff', 'kick-off', 'sprint review', 'showcase', 'digest', 'update', 'memo',
  'summary', 'notes', 'recap',
];

/** Adverbs and adjectives of recurrence. */
export const RECURRENCE_WORDS = [
  '=weekly', '=daily', '=monthly', '=biweekly', '=bi-weekly', '=fortnightly', '=quarterly', '=yearly', '=annually',
  '=nightly', '=hourly', '=twice-weekly', '=semi-monthly', '=bimonthly', '=bi-monthly', '=semi-annually', '=semiannually', '=biannually', '=recurring', '=regularly',
];

/** "twice a year", "once per sprint", "3 times a month": a frequency word before "a"/"per" and a period. */
export const FREQUENCY_WORDS = ['=once', '=twice', '=times'];

/** Periods after "every" / "each" that make a recurrence ("every sprint", "each Monday"). */
export const PERIOD_WORDS = [
  'day', 'week', 'month', 'sprint', 'cycle', 'iteration', 'release', 'quarter', 'morning', 'afternoon', 'evening',
  'workday', 'working day', 'business day', 'release cycle', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'other week', 'two weeks', 'two months', 'fortnight', 'year', 'shift', 'term', 'semester',
  'season', 'weekend',
];

/** Verbs of attending rather than holding. */
export const ATTEND_VERBS = ['attend', 'join', 'participate', 'show up', 'dial in', 'be present', 'sit in'];

/** Verbs of doing paperwork about time: "enter your time", "submit the timesheet". */
export const TIME_ENTRY_VERBS = ['enter', 'submit', 'fill', 'complete', 'file', 'update', 'log', 'record', 'book'];
export const TIME_ENTRY_OBJECTS = ['=time', 'timesheet', 'time entry', 'calendar'];

/** Nouns that turn a ritual word into a metric about it: "meeting time", "meeting load". */
export const RITUAL_METRICS = ['time', 'load', 'hour', 'count', 'cost', 'length', 'number', 'volume', 'frequency', 'overload', 'budget', 'spend', 'duration'];

/** Blocks on a calendar whose keeping is the whole criterion. */
export const CALENDAR_BLOCKS = ['focus day', 'no-meeting day', 'no meeting day', 'meeting-free day', 'maker day', 'day off', 'days off', 'time off', 'vacation day', 'calendar block', 'quiet day'];

/** On-time delivery as the criterion. */
export const ON_TIME_WORDS = ['on time', 'on-time', 'on schedule', 'on-schedule', 'slip', 'slippage', 'deadline', 'due date', 'punctual', 'punctually', 'schedule adherence',
  // A date fixed beforehand, named rather than given: "on the contractual date", "on their planned dates".
  'contractual date', 'planned date', 'agreed date', 'committed date', 'promised date', 'target date', 'scheduled date'];

/** Presence punctuality ("arrive at work on time") belongs to visibility, not the calendar. */
export const PRESENCE_PUNCTUALITY = ['arrive', 'log-in', 'login', 'log in', 'logged', 'clock in', 'badge', 'sign in', 'sign-in', 'desk', 'show up', 'turn up', 'to work', 'at work', 'start work'];

/** Deadline shorthands that are not dates to the number scanner. */
export const DEADLINE_SHORTHANDS = ['eoq', 'eoy', 'eom', 'eow', 'year-end', 'quarter-end', 'month-end'];
export const PERIOD_ENDS = ['year', 'quarter', 'month', 'week', 'sprint', 'half', 'period', 'cycle', 'summer', 'winter', 'spring', 'autumn', 'fall', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy', 'term', 'semester', 'season', 'school year'];

/** Days of the week: before a noun ("Friday demo") they name a recurring slot. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekday', 'weekend'];

/** Initials of a cadence and of a meeting kind that make a ritual's acronym ("QBR": quarterly business review). */
export const CADENCE_INITIALS = ['q', 'w', 'm', 'd', 'a', 'y'];
export const MEETING_FINALS = ['r', 'm', 's'];

