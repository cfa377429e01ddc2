/** Escapes text for HTML element content and quoted attribute values. */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
