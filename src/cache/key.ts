/**
 * What a cached result depends on besides the file's text: okrlint's build, the rules that
 * apply to the file with their severities and options, directive reporting, and the plugins
 * (by path and modification time, so editing a local plugin invalidates its results).
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '../config/resolved.js';
import { packageVersion } from '../util/package.js';

/** okrlint's version plus the time this build was compiled. */
export function buildId(): string {
  return `${packageVersion()}+${mtimeOf(fileURLToPath(import.meta.url))}`;
}

function mtimeOf(path: string): number {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
}

export class ConfigKeys {
  private readonly byRuleSet = new Map<string, string>();
  private readonly base: string;

  constructor(
    private readonly config: ResolvedConfig,
    extra: Record<string, unknown>,
  ) {
    const plugins = config.plugins.map((p) => [p.name, p.path, mtimeOf(p.path)]);
    this.base = JSON.stringify({ plugins, extra });
  }

  /** The configuration key of one file; files under the same overrides share it. */
  keyFor(file: string): string {
    const { key, configured } = this.config.rulesFor(file);
    let hash = this.byRuleSet.get(key);
    if (hash === undefined) {
      const rules = configured.map((rule) => [rule.id, rule.severity, rule.options]);
      hash = createHash('sha1').update(this.base).update(JSON.stringify(rules)).digest('base64');
      this.byRuleSet.set(key, hash);
    }
    return hash;
  }
}
