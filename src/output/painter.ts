/** The colours of the human report, through chalk; imported only when colour is on (start-up). */
import type { Painter } from '../formatters/types.js';

export async function loadPainter(): Promise<Painter> {
  const { Chalk } = await import('chalk');
  // Level 1 (16 colours): the few styles stylish uses look the same on every terminal.
  const c = new Chalk({ level: 1 });
  return { underline: c.underline, red: c.red, yellow: c.yellow, dim: c.dim, cyan: c.cyan, green: c.green, redBold: c.red.bold, yellowBold: c.yellow.bold };
}
