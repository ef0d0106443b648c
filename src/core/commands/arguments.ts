/** zod schemas for command arguments: shared by the text grammar and the platforms' forms. */
import { z } from "zod";
import { ACTION_CODE_PATTERN, normaliseActionCode } from "../domain/action-code.js";
import { ACTION_STATUSES } from "../domain/status.js";
import { findControlCharacter, MAX_NOTE_LENGTH, MAX_SEARCH_LENGTH } from "../domain/text-limits.js";

/** Text without control characters (tab and line breaks are fine): what users type, and what the database stores. */
export const hasNoControlCharacter = (text: string) => findControlCharacter(text) < 0;

export const actionCodeSchema = z.string().transform(normaliseActionCode).pipe(z.string().regex(ACTION_CODE_PATTERN, "invalid-action-code"));

export const noteSchema = z
  .string()
  .trim()
  .min(1, "empty-text")
  .max(MAX_NOTE_LENGTH, "text-too-long")
  .refine(hasNoControlCharacter, "control-character");

export const optionalNoteSchema = z
  .string()
  .trim()
  .max(MAX_NOTE_LENGTH, "text-too-long")
  .refine(hasNoControlCharacter, "control-character")
  .transform((text) => (text === "" ? undefined : text))
  .optional();

export const searchTextSchema = z
  .string()
  .trim()
  .min(1, "empty-text")
  .max(MAX_SEARCH_LENGTH, "text-too-long")
  .refine(hasNoControlCharacter, "control-character");

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email());

/** A status form as the Slack modal and the Teams card submit it. */
export const statusFormSchema = z.object({
  code: actionCodeSchema,
  status: z.enum(ACTION_STATUSES),
  note: optionalNoteSchema,
});
