/**
 * Escapes OKR text for HTML element content and quoted attribute values. Control characters,
 * line separators and bidirectional overrides show as \uXXXX, as in the terminal formats:
 * raw, they vanish from the page or make a line read other than it is.
 */
import { escapeControls } from '../output/terminal-safe.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string | number): string => escapeControls(String(text)).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
