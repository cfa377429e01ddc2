/**
 * XML text and attribute escaping. XML 1.0 forbids most control characters even as
 * character references, so they are replaced with U+FFFD rather than escaped.
 */
const FORBIDDEN_IN_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  // Attribute values normalise raw whitespace away; references keep it.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const clean = (value: string | number): string => String(value).replace(FORBIDDEN_IN_XML, '\uFFFD');

export const xmlText = (value: string | number): string => clean(value).replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!);

export const xmlAttribute = (value: string | number): string => clean(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

/** `name="value"` pairs for an element, skipping undefined values. */
export function xmlAttributes(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttribute(value!)}"`)
    .join('');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
