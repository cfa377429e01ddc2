/**
 * Units across the two ends of a range: a unit written once applies to both
 * ("from 18 to 12 minutes"), and a scale is shared when both numbers sit on it.
 */
import type { Quantity } from './numbers.js';
import type { Token } from './tokens.js';

/** The unit word at the end of a quantity ("minutes" in "12 minutes", "h" in "2h"). */
function unitWordOf(q: Quantity): string | undefined {
  return q.unitWord ?? /(?<![a-z])([a-z]+)$/i.exec(q.raw.replace(/-/g, ' '))?.[1]?.toLowerCase();
}

/**
 * A unit written once applies to both ends of a range: "from 18 to 12 minutes" is 18 minutes,
 * "from 40 to 60%" is 40%, "from $2 to $1.5M" is $2M. Conversely "from 2 minutes to 5" ends at
 * 5 minutes. Only a bare count borrows, and only across "to" or a dash.
 */
export function shareRangeUnits(tokens: Token[], quantities: Quantity[]): void {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1]!;
    if (a.role || b.role || a.upTo !== undefined || b.firstToken - a.lastToken !== 2) continue;
    const joint = tokens[a.lastToken + 1]!;
    if (joint.lower !== 'to' && joint.text !== '-' && joint.text !== '–') continue;
    if (a.unit === 'count' && b.unit !== 'count' && b.unit !== 'multiple' && b.unit !== 'score') borrowUnit(a, b);
    else if (b.unit === 'count' && a.unit !== 'count' && a.unit !== 'multiple' && a.unit !== 'score' && startsRange(tokens, a.firstToken)) borrowUnit(b, a);
    if (a.unit === 'currency' && b.unit === 'currency' && b.scale !== undefined && a.scale === undefined) {
      // "$2 to $1.5M" shares the scale; "$800 to $1.2k" does not (800 is already on 1.2k's scale).
      const ratio = a.value / (b.value / b.scale);
      if (ratio >= 0.1 && ratio <= 10) {
        a.value *= b.scale;
        a.scale = b.scale;
      }
    }
  }
}

function borrowUnit(bare: Quantity, unitSource: Quantity): void {
  bare.unit = unitSource.unit;
  if (unitSource.unit === 'duration') bare.unitWord = unitWordOf(unitSource);
  if (unitSource.per && !bare.per) bare.per = unitSource.per;
}

function startsRange(tokens: Token[], first: number): boolean {
  for (let back = 1; back <= 3; back++) {
    const t = tokens[first - back];
    if (!t || t.kind === 'number') return false;
    if (t.lower === 'from' || t.lower === 'between') return true;
    if (!/^(a|an|the|about|around|roughly|approximately|[$€£¥~≈])$/.test(t.lower)) return false;
  }
  return false;
}
