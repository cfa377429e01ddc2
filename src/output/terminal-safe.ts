/**
 * Text from OKR files (titles, key results, file names) reaches the terminal inside messages.
 * A hostile file could hide findings or rewrite the screen with ESC sequences, BEL or CR, so
 * the human terminal formats show every C0 and C1 control character (and DEL) as a visible
 * \uXXXX escape instead of sending it.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
