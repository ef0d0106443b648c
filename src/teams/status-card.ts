/** The status form as an Adaptive Card: built from the core's form request, errors shown under their fields. */
import type { Locale } from "../core/domain/locale.js";
import { ACTION_STATUSES, statusLabel } from "../core/domain/status.js";
import { MAX_NOTE_LENGTH } from "../core/domain/text-limits.js";
import { isGoalFieldId } from "../core/goals/goal-form.js";
import { texts } from "../core/i18n/index.js";
import type { StatusFormRequest } from "../core/reply.js";
import type { StatusFormField, StatusFormInput } from "../core/status-form.js";
import { type AdaptiveCard, type CardElement, card, textBlock } from "./adaptive-card.js";
import { type FundingCardValues, fundingElements, readFundingCard } from "./funding-card.js";

export const STATUS_FORM_VERB = "status-form";
const CHOICE_TEXT_LIMIT = 120;

export interface StatusCardState {
  values?: { code?: string; status?: string; note?: string; goals?: Record<string, unknown> } & FundingCardValues;
  errors?: Partial<Record<StatusFormField, string>>;
}

export function statusCard(form: StatusFormRequest, locale: Locale, state: StatusCardState = {}): AdaptiveCard {
  const t = texts(locale).statusForm;
  const preselected =
    form.actions.find((action) => action.code === (state.values?.code ?? form.preselected)) ??
    (form.actions.length === 1 ? form.actions[0] : undefined);
  const error = (field: StatusFormField): CardElement[] =>
    state.errors?.[field] ? [textBlock(state.errors[field] ?? "", { color: "Attention", size: "Small", spacing: "None" })] : [];
  const body: CardElement[] = [
    textBlock(t.title, { size: "Large", weight: "Bolder" }),
    {
      type: "Input.ChoiceSet",
      id: "code",
      label: t.action,
      style: "compact",
      isRequired: true,
      errorMessage: t.errors.action,
      choices: form.actions.map((action) => {
        const title = `${action.code} ${action.title}`;
        return { title: title.length > CHOICE_TEXT_LIMIT ? `${title.slice(0, CHOICE_TEXT_LIMIT - 1)}…` : title, value: action.code };
      }),
      ...(preselected ? { value: preselected.code } : {}),
    },
    ...error("code"),
    {
      type: "Input.ChoiceSet",
      id: "status",
      label: t.status,
      style: "compact",
      isRequired: true,
      errorMessage: t.errors.status,
      choices: ACTION_STATUSES.map((status) => ({ title: statusLabel(status, locale), value: status })),
      ...((state.values?.status ?? preselected?.status) ? { value: state.values?.status ?? preselected?.status } : {}),
    },
    ...error("status"),
    {
      type: "Input.Text",
      id: "note",
      label: t.note,
      isMultiline: true,
      maxLength: MAX_NOTE_LENGTH,
      placeholder: t.notePlaceholder,
      ...(state.values?.note ? { value: state.values.note } : {}),
    },
    ...error("note"),
    ...fundingElements(preselected, locale, state.values, error),
    ...(form.goals ?? []).flatMap((goal): CardElement[] => {
      const value = state.values?.goals?.[goal.id];
      return [
        {
          type: "Input.Text",
          id: goal.id,
          label: goal.label,
          placeholder: goal.placeholder,
          ...(typeof value === "string" && value ? { value } : {}),
        },
        ...error(goal.id),
      ];
    }),
  ];
  return card(body, [{ type: "Action.Execute", title: t.submit, verb: STATUS_FORM_VERB, style: "positive", data: { locale } }]);
}

/** Reads a card submission; anything missing or of the wrong type is left for the core to reject. */
export function readStatusCard(data: unknown): StatusFormInput {
  const values = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
  const goals = Object.fromEntries(Object.entries(values).filter(([key]) => isGoalFieldId(key)));
  return { code: values.code, status: values.status, note: values.note ?? "", ...readFundingCard(values), goals };
}
