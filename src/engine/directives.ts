/**
 * Inline directives in OKR files:
 *   # okrlint-disable-next-line rule-a, rule-b -- reason
 *   # okrlint-disable-line rule-a
 *   # okrlint-disable rule-a   ...   # okrlint-enable rule-a
 * No rule ids means every rule. Comments come from the YAML CST, so a `#` inside a quoted
 * string or a block scalar is never mistaken for one; line numbers come from the parser's
 * own line counter, so CRLF files behave like LF files.
 */
import { LineCounter, Parser } from 'yaml';
import type { LintMessage } from '../rule-kit/types.js';
import { closestIds } from '../util/suggest.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: every rule. */
  ruleIds: string[];
  line: number;
  column: number;
  endColumn: number;
}

/** Engine messages a directive may name; fatal problems are never suppressed. */
export const ENGINE_RULE_IDS = ['schema', 'yaml/duplicate-key', 'okr/not-okr-file'];
export const UNKNOWN_RULE_ID = 'okrlint/unknown-rule';
export const UNUSED_DIRECTIVE_ID = 'okrlint/unused-disable-directive';

/** `--report-unused-disable-directives` / `reportUnusedDisableDirectives`: true means "warn", as in ESLint 9. */
export type UnusedDirectiveSetting = boolean | 'off' | 'warn' | 'error';

export function unusedDirectiveSeverity(setting: UnusedDirectiveSetting | undefined): 0 | 1 | 2 {
  if (setting === 'error') return 2;
  return setting === true || setting === 'warn' ? 1 : 0;
}

const MARKER = 'okrlint-';
const DIRECTIVE = /^okrlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/s;

/** Every `# okrlint-...` comment in the text, in source order. */
export function scanDirectives(text: string): Directive[] {
  if (!text.includes(MARKER)) return [];
  const lineCounter = new LineCounter();
  const directives: Directive[] = [];
  const visit = (token: unknown): void => {
    if (Array.isArray(token)) return token.forEach(visit);
    if (typeof token !== 'object' || token === null) return;
    const { type, source, offset } = token as { type?: string; source?: string; offset?: number };
    if (type === 'comment' && typeof source === 'string' && typeof offset === 'number') {
      const directive = parseComment(source, offset, lineCounter);
      if (directive) directives.push(directive);
      return;
    }
    for (const value of Object.values(token)) if (typeof value === 'object') visit(value);
  };
  for (const token of new Parser(lineCounter.addNewLine).parse(text)) visit(token);
  return directives.sort((a, b) => a.line - b.line || a.column - b.column);
}

function parseComment(source: string, offset: number, lineCounter: LineCounter): Directive | undefined {
  const match = DIRECTIVE.exec(source.replace(/^#/, '').trim());
  if (!match) return undefined;
  const [list] = match[2]!.split(/(?:^|\s)--(?:\s|$)/);
  const ruleIds = (list ?? '').split(/[\s,]+/).filter(Boolean);
  const { line, col } = lineCounter.linePos(offset);
  return { kind: match[1] as DirectiveKind, ruleIds, line, column: col, endColumn: col + source.replace(/\r$/, '').length };
}

export interface DirectiveOptions {
  /** Every id a directive may name; when given, other ids are reported. */
  knownRuleIds?: readonly string[];
}

/**
 * The directives of one file. `filter` may run more than once (file findings, then
 * project findings); `unused` is asked for after the last call.
 */
export class DirectiveSet {
  private readonly used = new Set<string>();

  constructor(
    readonly directives: readonly Directive[],
    private readonly options: DirectiveOptions = {},
  ) {}

  static scan(text: string, options: DirectiveOptions = {}): DirectiveSet | undefined {
    const directives = scanDirectives(text);
    return directives.length ? new DirectiveSet(directives, options) : undefined;
  }

  /** Drops suppressed findings; fatal problems and engine failures always stay. */
  filter(messages: readonly LintMessage[]): LintMessage[] {
    return messages.filter((message) => {
      if (message.fatal || message.ruleId === null) return true;
      const by = this.suppressor(message.ruleId, message.line);
      if (!by) return true;
      this.used.add(usageKey(by.directive, by.id));
      return false;
    });
  }

  private suppressor(ruleId: string, line: number): { directive: Directive; id: string | undefined } | undefined {
    const covers = (d: Directive) => (d.ruleIds.length === 0 ? { directive: d, id: undefined } : d.ruleIds.includes(ruleId) ? { directive: d, id: ruleId } : undefined);
    for (const d of this.directives) {
      if ((d.kind === 'disable-line' && d.line === line) || (d.kind === 'disable-next-line' && d.line + 1 === line)) {
        const hit = covers(d);
        if (hit) return hit;
      }
    }
    // Ranges: replay disable/enable up to the finding's line; a rule's own setting beats "all".
    let all: Directive | undefined;
    const perRule = new Map<string, Directive | undefined>();
    for (const d of this.directives) {
      if (d.line > line) break;
      if (d.kind !== 'disable' && d.kind !== 'enable') continue;
      const value = d.kind === 'disable' ? d : undefined;
      if (d.ruleIds.length === 0) {
        all = value;
        perRule.clear();
      } else {
        for (const id of d.ruleIds) perRule.set(id, value);
      }
    }
    const directive = perRule.has(ruleId) ? perRule.get(ruleId) : all;
    if (!directive) return undefined;
    return { directive, id: directive.ruleIds.length ? ruleId : undefined };
  }

  /** A finding for each rule id no rule or plugin defines. */
  unknownRules(): LintMessage[] {
    const known = this.options.knownRuleIds;
    if (!known) return [];
    const knownSet = new Set(known);
    return this.directives.flatMap((d) =>
      d.ruleIds
        .filter((id) => !knownSet.has(id))
        .map((id) => {
          const near = closestIds(id, known);
          const hint = near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
          return this.message(d, UNKNOWN_RULE_ID, `Unknown rule "${id}" in an okrlint-${d.kind} comment.${hint}`, near.length ? `Write "${near[0]}" instead of "${id}".` : `Remove "${id}" from the comment; run "okrlint rules" for the known ids.`);
        }),
    );
  }

  /** Disable directives that suppressed nothing (after every filter call); warnings unless asked otherwise. */
  unused(severity: 1 | 2 = 1): LintMessage[] {
    const knownSet = this.options.knownRuleIds ? new Set(this.options.knownRuleIds) : undefined;
    return this.directives.flatMap((d) => {
      if (d.kind === 'enable') return [];
      const comment = `okrlint-${d.kind}`;
      if (d.ruleIds.length === 0) {
        return this.used.has(usageKey(d, undefined)) ? [] : [this.message(d, UNUSED_DIRECTIVE_ID, `Unused ${comment} comment: no problems were reported here.`, 'Remove the comment.', severity)];
      }
      return d.ruleIds
        .filter((id) => (!knownSet || knownSet.has(id)) && !this.used.has(usageKey(d, id)))
        .map((id) => this.message(d, UNUSED_DIRECTIVE_ID, `Unused ${comment} comment: no "${id}" problems were reported here.`, `Remove "${id}" from the comment.`, severity));
    });
  }

  private message(d: Directive, ruleId: string, message: string, suggestion: string, severity: 1 | 2 = 2): LintMessage {
    return { ruleId, severity, message, line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn, suggestion };
  }
}

function usageKey(directive: Directive, id: string | undefined): string {
  return `${directive.line}:${directive.column}:${id ?? '*'}`;
}
