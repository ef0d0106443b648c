/**
 * The status form (Slack modal, Teams card): what it offers, and how a submission is validated and stored.
 * Errors are per field, so each platform shows them next to the field; nothing is stored until all is valid.
 * Its funding section (`funding-form.ts`) records a funding decision beside the status when it says something new.
 */

import type { Actor } from "./actor.js";
import { statusFormSchema } from "./commands/arguments.js";
import type { Command } from "./commands/types.js";
import type { Locale } from "./domain/locale.js";
import { describeCharacter, findControlCharacter, MAX_NOTE_LENGTH } from "./domain/text-limits.js";
import { changesFunding, type FundingFormField, type FundingFormInput, readFundingForm } from "./funding-form.js";
import { type GoalFieldId, readGoalValues } from "./goals/goal-form.js";
import type { GoalStore } from "./goals/goal-store.js";
import { texts } from "./i18n/index.js";
import type { AgendaReader, Clock } from "./ports.js";
import type { Reply } from "./reply.js";

export type StatusFormField = "code" | "status" | "note" | FundingFormField | GoalFieldId;

export type StatusFormResult = { ok: true; reply: Reply } | { ok: false; errors: Partial<Record<StatusFormField, string>> };

/** Raw values as the platform collected them; anything may be missing or tampered with. */
export interface StatusFormInput extends FundingFormInput {
  code?: unknown;
  status?: unknown;
  note?: unknown;
  /** Goal value fields by field id (`goal:1.3:1`); empty ones leave the goal as it is. */
  goals?: Record<string, unknown>;
}

/** What a submission needs: whether the action exists, and the `status` command it becomes. */
export interface StatusFormDeps {
  reader: Pick<AgendaReader, "hasAction" | "findAction">;
  goals: Pick<GoalStore, "goalsOf" | "recordMeasurements">;
  clock: Clock;
  execute(command: Command, actor: Actor, locale: Locale): Promise<Reply>;
}

export async function submitStatusForm(deps: StatusFormDeps, input: StatusFormInput, actor: Actor, locale: Locale): Promise<StatusFormResult> {
  const t = texts(locale).statusForm;
  const parsed = statusFormSchema.safeParse({ code: input.code ?? "", status: input.status ?? "", note: input.note ?? "" });
  const funding = readFundingForm(input, locale);
  if (!parsed.success || !funding.ok) {
    const errors: Partial<Record<StatusFormField, string>> = funding.ok ? {} : { ...funding.errors };
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const field = issue.path[0];
      if (field === "code") errors.code = t.errors.action;
      else if (field === "status") errors.status = t.errors.status;
      else if (field === "note" && issue.message === "control-character") {
        const note = String(input.note);
        errors.note = t.errors.noteControlCharacter(describeCharacter(note.charAt(findControlCharacter(note))));
      } else if (field === "note") errors.note = t.errors.noteTooLong(MAX_NOTE_LENGTH);
    }
    return { ok: false, errors };
  }
  const { code, status, note } = parsed.data;
  const current = funding.decision ? await deps.reader.findAction(code) : null;
  if (!(current ?? (await deps.reader.hasAction(code)))) return { ok: false, errors: { code: t.errors.unknownAction(code) } };
  const values = input.goals && Object.keys(input.goals).length ? readGoalValues(input.goals, code, await deps.goals.goalsOf(code), locale) : null;
  if (values && Object.keys(values.errors).length) return { ok: false, errors: values.errors };
  const reply = await deps.execute(note ? { name: "status", code, status, note } : { name: "status", code, status }, actor, locale);
  if (!reply.changed) return { ok: false, errors: { code: reply.message.summary } };
  const blocks = [...reply.message.blocks];
  // The same people may change status, funding and goal values (the status was allowed), so these are stored beside it.
  if (funding.decision && current && changesFunding(funding.decision, current.funding)) {
    const decided = await deps.execute({ name: "financiering", code, decision: funding.decision }, actor, locale);
    blocks.push(...decided.message.blocks);
  }
  // The values are explained by the same note.
  const measurements = values?.measurements.map((entry) => ({ ...entry, note: note ?? null })) ?? [];
  if (measurements.length > 0) {
    await deps.goals.recordMeasurements({
      code,
      values: measurements,
      personId: actor.person?.id ?? null,
      channel: actor.channel,
      at: deps.clock.now(),
    });
    blocks.push({ type: "context", text: texts(locale).goals.formSaved(measurements.length) });
  }
  return { ok: true, reply: { ...reply, message: { ...reply.message, blocks } } };
}
