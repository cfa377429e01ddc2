/**
 * Text from OKR files (titles, key results, file names) reaches the terminal inside messages.
 * A hostile file could hide findings or rewrite the screen with ESC sequences, BEL or CR, so
 * the human terminal formats show every C0 and C1 control character (and DEL) as a visible
 * \uXXXX escape instead of sending it; so are the line and paragraph separators and the
 * bidirectional overrides and isolates, which can make a line read other than it is.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
