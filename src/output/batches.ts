/** Report text on its way out: pieces joined into writes of a useful size, ended by a newline. */
const BATCH_CHARS = 64 * 1024;

/**
 * Joins the pieces into batches of about 64 k characters (one write each, not one per file).
 * A report that is not empty ends with a newline, whatever its last piece.
 */
export function* inBatches(pieces: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  let last = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    batch.push(piece);
    size += piece.length;
    last = piece;
    if (size >= BATCH_CHARS) {
      yield batch.join('');
      batch = [];
      size = 0;
    }
  }
  if (last !== '' && !last.endsWith('\n')) batch.push('\n');
  if (batch.length > 0) yield batch.join('');
}
