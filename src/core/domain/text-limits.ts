/** Longest note, status explanation or escalation question a user may send. */
export const MAX_NOTE_LENGTH = 2000;
/** Longest search text. */
export const MAX_SEARCH_LENGTH = 200;
