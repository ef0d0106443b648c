/** The status form as a Slack modal: built from the core's form request, read back from a view_submission. */
import type { ModalView, PlainTextOption } from "@slack/types";
import type { ActionSummary } from "../core/domain/agenda.js";
import type { Locale } from "../core/domain/locale.js";
import { ACTION_STATUSES, statusLabel } from "../core/domain/status.js";
import { MAX_NOTE_LENGTH } from "../core/domain/text-limits.js";
import { type GoalFieldId, isGoalFieldId } from "../core/goals/goal-form.js";
import { texts } from "../core/i18n/index.js";
import type { StatusFormRequest } from "../core/reply.js";
import type { StatusFormField, StatusFormInput } from "../core/status-form.js";
import { FUNDING_BLOCKS, fundingBlocks, readFundingBlocks } from "./funding-modal.js";

export const STATUS_MODAL_ID = "status-form";
const OPTION_LIMIT = 100;
const OPTION_TEXT_LIMIT = 75;

/** Where to tell the user the outcome after the modal closes. */
export interface ModalContext {
  locale: Locale;
  /** Channel the form was opened from (slash command or message button); absent from App Home. */
  channelId?: string;
  fromHome?: boolean;
}

/** block_id of each field, used to show errors next to it (a goal's value field: its own id, `goal:1.3:1`). */
export const FIELD_BLOCKS: Record<Exclude<StatusFormField, GoalFieldId>, string> = {
  code: "code",
  status: "status",
  note: "note",
  ...FUNDING_BLOCKS,
};

function option(text: string, value: string): PlainTextOption {
  return { text: { type: "plain_text", text: text.length > OPTION_TEXT_LIMIT ? `${text.slice(0, OPTION_TEXT_LIMIT - 1)}…` : text }, value };
}

function actionOption(action: ActionSummary): PlainTextOption {
  return option(`${action.code} ${action.title}`, action.code);
}

export function statusModal(form: StatusFormRequest, context: ModalContext): ModalView {
  const t = texts(context.locale).statusForm;
  const actions = form.actions.slice(0, OPTION_LIMIT);
  const preselected = actions.find((action) => action.code === form.preselected) ?? (actions.length === 1 ? actions[0] : undefined);
  const statusOptions = ACTION_STATUSES.map((status) => option(statusLabel(status, context.locale), status));
  const actionSelect: Record<string, unknown> = { type: "static_select", action_id: "value", options: actions.map(actionOption) };
  if (preselected) actionSelect.initial_option = actionOption(preselected);
  const statusSelect: Record<string, unknown> = { type: "static_select", action_id: "value", options: statusOptions };
  if (preselected) statusSelect.initial_option = statusOptions.find((o) => o.value === preselected.status);
  return {
    type: "modal",
    callback_id: STATUS_MODAL_ID,
    private_metadata: JSON.stringify(context),
    title: { type: "plain_text", text: t.title },
    submit: { type: "plain_text", text: t.submit },
    close: { type: "plain_text", text: t.cancel },
    blocks: [
      { type: "input", block_id: FIELD_BLOCKS.code, label: { type: "plain_text", text: t.action }, element: actionSelect as never },
      { type: "input", block_id: FIELD_BLOCKS.status, label: { type: "plain_text", text: t.status }, element: statusSelect as never },
      {
        type: "input",
        block_id: FIELD_BLOCKS.note,
        optional: true,
        label: { type: "plain_text", text: t.note },
        element: {
          type: "plain_text_input",
          action_id: "value",
          multiline: true,
          max_length: MAX_NOTE_LENGTH,
          placeholder: { type: "plain_text", text: t.notePlaceholder },
        },
      },
      ...fundingBlocks(preselected, context.locale),
      ...(form.goals ?? []).map((goal) => ({
        type: "input" as const,
        block_id: goal.id,
        optional: true,
        label: { type: "plain_text" as const, text: goal.label.slice(0, OPTION_TEXT_LIMIT * 2) },
        element: {
          type: "plain_text_input" as const,
          action_id: "value",
          placeholder: { type: "plain_text" as const, text: goal.placeholder.slice(0, 150) },
        },
      })),
    ],
  };
}

/** The core's per-field errors by the block they are shown under. */
export function modalErrors(errors: Partial<Record<StatusFormField, string>>): Record<string, string> {
  const blocks: Record<string, string> = {};
  for (const [field, text] of Object.entries(errors)) if (text) blocks[FIELD_BLOCKS[field as keyof typeof FIELD_BLOCKS] ?? field] = text;
  return blocks;
}

type ViewState = Record<string, Record<string, { type?: string; value?: string | null; selected_option?: { value?: string } | null }>>;

/** Reads the submitted values; the core validates them (a tampered or missing field is an error there). */
export function readStatusModal(values: unknown): StatusFormInput {
  const state = (values ?? {}) as ViewState;
  const read = (block: string) => {
    const element = state[block]?.value;
    return element?.selected_option?.value ?? element?.value ?? undefined;
  };
  const goals = Object.fromEntries(Object.keys(state).flatMap((block) => (isGoalFieldId(block) ? [[block, read(block) ?? ""]] : [])));
  return { code: read(FIELD_BLOCKS.code), status: read(FIELD_BLOCKS.status), note: read(FIELD_BLOCKS.note) ?? "", ...readFundingBlocks(read), goals };
}

export function readModalContext(privateMetadata: string | undefined, fallback: Locale): ModalContext {
  try {
    const parsed = JSON.parse(privateMetadata ?? "{}") as Partial<ModalContext>;
    const context: ModalContext = { locale: parsed.locale === "en" ? "en" : parsed.locale === "nl" ? "nl" : fallback };
    if (typeof parsed.channelId === "string") context.channelId = parsed.channelId;
    if (parsed.fromHome === true) context.fromHome = true;
    return context;
  } catch {
    return { locale: fallback };
  }
}
