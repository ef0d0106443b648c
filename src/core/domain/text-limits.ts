/** Longest note, status explanation or escalation question a user may send. */
export const MAX_NOTE_LENGTH = 2000;
/** Longest search text. */
export const MAX_SEARCH_LENGTH = 200;
/**
 * Longest command a user may send, prefix and all: room for the longest note with its command and code. Longer
 * input is refused before it is parsed, so no work depends on its size.
 */
export const MAX_INPUT_LENGTH = 4000;

/**
 * Where the first control character is in `text` (a C0 character other than tab, line feed and carriage return,
 * or DEL), or -1. Such characters are invisible, and PostgreSQL refuses NUL in text.
 */
export function findControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return i;
  }
  return -1;
}

/** A control character as users can look it up: `U+0000`. */
export function describeCharacter(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
