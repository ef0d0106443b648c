/**
 * The funding section of the status form (Slack modal, Teams card): state, source, amount and note, validated with
 * zod, errors per field. The fields say the funding as it should be (an empty source or amount is none); the section
 * left without a state changes nothing.
 */
import { z } from "zod";
import { optionalNoteSchema } from "./commands/arguments.js";
import { euroAmountSchema, fundingSourceSchema, MAX_FUNDING_SOURCE_LENGTH } from "./commands/funding-readers.js";
import type { ActionSummary } from "./domain/agenda.js";
import { FUNDING_STATUSES, type FundingDecision } from "./domain/funding.js";
import type { Locale } from "./domain/locale.js";
import { describeCharacter, findControlCharacter, MAX_NOTE_LENGTH } from "./domain/text-limits.js";
import { texts } from "./i18n/index.js";

export const FUNDING_FORM_FIELDS = ["fundingStatus", "fundingSource", "fundingAmount", "fundingNote"] as const;
export type FundingFormField = (typeof FUNDING_FORM_FIELDS)[number];

/** Raw values as the platform collected them; anything may be missing or tampered with. */
export type FundingFormInput = Partial<Record<FundingFormField, unknown>>;

const fundingFormSchema = z.object({
  fundingStatus: z.union([z.literal(""), z.enum(FUNDING_STATUSES)]),
  fundingSource: fundingSourceSchema,
  fundingAmount: euroAmountSchema,
  fundingNote: optionalNoteSchema,
});

export type FundingFormResult = { ok: true; decision: FundingDecision | null } | { ok: false; errors: Partial<Record<FundingFormField, string>> };

/** The decision the section holds (null: left empty), or what is wrong per field. */
export function readFundingForm(input: FundingFormInput, locale: Locale): FundingFormResult {
  const f = texts(locale).funding.form;
  const raw = Object.fromEntries(FUNDING_FORM_FIELDS.map((field) => [field, input[field] ?? ""]));
  const parsed = fundingFormSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Partial<Record<FundingFormField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as FundingFormField;
      if (issue.message === "control-character") {
        const text = String(raw[field]);
        errors[field] = f.errors.controlCharacter(describeCharacter(text.charAt(findControlCharacter(text))));
      } else if (field === "fundingStatus") errors.fundingStatus = f.errors.status;
      else if (field === "fundingSource") errors.fundingSource = f.errors.sourceTooLong(MAX_FUNDING_SOURCE_LENGTH);
      else if (field === "fundingAmount")
        errors.fundingAmount = issue.message === "amount-out-of-range" ? f.errors.amountOutOfRange : f.errors.amount;
      else if (field === "fundingNote") errors.fundingNote = f.errors.noteTooLong(MAX_NOTE_LENGTH);
    }
    return { ok: false, errors };
  }
  const { fundingStatus, fundingSource, fundingAmount, fundingNote } = parsed.data;
  if (fundingStatus === "") {
    // A source, amount or note without a state is a decision half made: say which field is missing.
    const given = fundingSource !== undefined || fundingAmount !== undefined || fundingNote !== undefined;
    return given ? { ok: false, errors: { fundingStatus: f.errors.status } } : { ok: true, decision: null };
  }
  return {
    ok: true,
    decision: {
      status: fundingStatus,
      source: fundingSource ?? null,
      amountCents: fundingAmount ?? null,
      ...(fundingNote ? { note: fundingNote } : {}),
    },
  };
}

/** Whether the section says something new: another state, source or amount, or a note. */
export function changesFunding(decision: FundingDecision, current: ActionSummary["funding"]): boolean {
  return (
    decision.note !== undefined ||
    decision.status !== current.status ||
    (decision.source ?? null) !== current.source ||
    (decision.amountCents ?? null) !== current.amountCents
  );
}
