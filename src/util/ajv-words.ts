/** ajv's messages in plain words where they read as code: "must be object,string". */
import type { ErrorObject } from 'ajv';

const TYPE_WORDS: Record<string, string> = { array: 'a list', object: 'a mapping of keys to values', integer: 'an integer', boolean: 'true or false', null: 'null' };

/** The expected type(s) of a `type` error: "a mapping of keys to values or a string". */
export function typeInWords(error: ErrorObject): string {
  const words = [(error.params as { type: string | string[] }).type].flat().map((type) => TYPE_WORDS[type] ?? `a ${type}`);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words[0]!;
}

/** What is wrong with the value, after its name: "must be an integer", "must be >= 1". */
export function problemInWords(error: ErrorObject): string {
  return error.keyword === 'type' ? `must be ${typeInWords(error)}` : (error.message ?? 'is invalid');
}
