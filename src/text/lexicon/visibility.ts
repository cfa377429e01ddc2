/**
 * Vocabulary of being seen: presence states, monitoring, hours, office attendance,
 * internal chat, and the external audiences whose response times are real outcomes.
 */

/** Presence and monitoring signals that are visibility on their own. */
export const PRESENCE_SIGNALS = [
  'idle', 'keystroke', 'mouse click', 'mouse movement', 'screenshot', 'tracker', 'time tracker', 'activity tracker',
  '=tracked time', 'time tracking', 'timesheet hours', '=productive', 'unproductive', 'productivity score',
  'computer activity', 'computer-activity', 'activity level', 'activity score', 'log-in', 'login', 'logged on to', 'logged onto',
  'logged in to', 'logged into',
  '=log on', '=logs on', 'badge in', 'badge', 'badging', 'badge swipe', 'swipe', 'desk occupancy', 'desk-occupancy',
  'on site', 'on-site', 'onsite', 'in the office', 'in-office', 'in office', 'from the office', 'at the office',
  'to the office', 'into the office', 'office day', 'notification', 'away from keyboard', 'afk', 'slack status',
  '=teams status', 'skype status', 'status to available', 'status set to available', 'office attendance', 'return-to-office',
  'return to office', 'rto', 'camera', 'webcam', 'video on', 'green dot', 'green status', 'online status',
  'presence', 'status light', 'away status', 'step away', 'stepping away', 'reach you', 'reachable', 'unreachable', 'reach me',
  'appear online', 'show online', 'shows online', 'screen time', 'active time', 'hours online', 'time online',
  'at your desk', 'at their desk', 'at my desk', 'at our desk', 'at his desk', 'at her desk', 'core hours', 'core working hours',
  'meeting attendance', 'call attendance', 'face time', 'facetime', 'seat time', 'clock in', 'clocked in', 'punch in',
];

/** "online", "active", "available" are presence only next to a being verb or a tool. */
export const PRESENCE_STATES = ['online', 'active', 'available', 'availability', 'away', 'offline'];
export const BEING_VERBS = ['be', 'stay', 'remain', 'appear', 'show', 'shows', 'seen', 'look', 'go', 'goes', 'keep', 'is', 'are', 'as', 'you', 'your', 'when'];

/** Internal communication channels. */
export const CHAT_CHANNELS = ['slack', '=teams', 'skype', 'channel', 'yammer', 'chat', 'im', 'dm', 'direct message', 'message', 'ping', 'email', 'e-mail', 'inbox', 'thread', 'whatsapp', 'hangouts', 'zoom', 'discord', 'mattermost'];

/** Verbs of answering or sending. */
export const RESPONSE_VERBS = ['respond', 'reply', 'answer', 'acknowledge', 'react', 'get back', 'return', 'response', 'turnaround', 'check', 'monitor', 'watch', 'read'];

/** Words that relax a presence norm rather than impose it ("cameras optional"). */
export const RELAXERS = ['optional', 'off', 'not required', 'voluntary', 'opt-in', 'opt in'];
export const SENDING_VERBS = ['send', 'post', 'drop', 'write', 'use', 'message', 'share', 'update'];

/** Hours put in: "work 40 hours", "log 35 hours", "a 40-hour week". */
export const HOURS_VERBS = ['work', 'log', 'record', 'clock', 'put in', 'average', 'spend', 'bill'];
export const HOURS_UNITS = ['hour', 'hr', 'h', 'hour week', 'hour day'];

/** Punctuality of being there. */
export const PUNCTUALITY = ['on time', 'late', 'sharp', 'early', 'start time', 'end time', 'scheduled time', 'clock in', 'every morning', 'each morning', 'every day', 'each day', 'every workday', 'by'];
/** Events whose attendance is visibility. */
export const ATTENDED_EVENTS = ['meeting', 'call', 'stand-up', 'standup', 'sync', 'all-hands', 'town hall', 'huddle'];

/** Audiences and work items whose response time is an outcome, not presence. */
export const EXTERNAL_AUDIENCES = [
  'customer', 'client', 'prospect', 'lead', 'ticket', 'caller', 'call centre', 'call center', 'patient', 'user request',
  'vulnerability', 'security report', 'incident', 'sev', 'sev1', 'sev2', 'p1', 'pager', 'on-call', 'on call',
  'outage', 'alert', 'uptime', 'latency', 'error budget', 'slo', 'sla', 'pull request', 'code review',
  'review', 'merge request', 'pr', 'premium', 'buyer', 'applicant', 'candidate', 'partner', 'vendor', 'guest',
  'supplier', 'inbound', 'form submission', 'community', 'survey', 'enps', 'nps', 'engagement', 'focus', 'focus time',
  'deep work', 'meeting load', 'meeting-free', 'boundary', 'burnout', 'wellbeing', 'well-being', 'overtime',
  'in-app', 'in app', 'support chat', 'live chat', 'web chat', 'webchat', 'help desk', 'helpdesk', 'service desk', 'chatbot',
  'user', 'student', 'learner', 'subscriber', 'visitor', 'player', 'shopper', 'member of the public', 'citizen', 'tenant',
  'resident', 'patron', 'passenger',
];

/** Signals that only an employer can collect: outsiders never carry them, so an outside audience does not excuse them. */
export const STAFF_ONLY_SIGNALS = ['idle', 'keystroke', 'mouse', 'screenshot', 'tracker', 'camera', 'webcam', 'badge', 'badging', 'swipe', 'desk', 'productive', 'unproductive'];

/** Whether a login worked: "failed logins", "login success rate" measure the sign-in system, not who is seen online. */
export const LOGIN_OUTCOMES = ['success', 'successful', 'unsuccessful', 'succeed', 'fail', 'failure', 'error', 'latency', 'lockout', 'timeout'];

/** Wellbeing boundaries: "no messages after 20:00" protects time, it does not demand presence. */
export const BOUNDARY_MARKERS = ['between', 'after hours', 'after-hours', 'out of hours', 'outside working hours', 'outside of working hours', 'weekend', 'evening', 'night', 'holiday', 'vacation'];
export const NEGATIONS = ['no', 'zero', 'without', 'none'];
