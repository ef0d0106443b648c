/** Longest note, status explanation or escalation question a user may send. */
export const MAX_NOTE_LENGTH = 2000;
/** Longest search text. */
export const MAX_SEARCH_LENGTH = 200;
/**
 * Longest command a user may send, prefix and all: room for the longest note with its command and code. Longer
 * input is refused before it is parsed, so no work depends on its size.
 */
export const MAX_INPUT_LENGTH = 4000;
