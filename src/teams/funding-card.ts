/** The funding section of the Teams status card: its inputs (prefilled for one action), errors under their fields. */
import { MAX_FUNDING_SOURCE_LENGTH } from "../core/commands/funding-readers.js";
import type { ActionSummary } from "../core/domain/agenda.js";
import { formatEuro } from "../core/domain/euro.js";
import { FUNDING_STATUSES, fundingLabel } from "../core/domain/funding.js";
import type { Locale } from "../core/domain/locale.js";
import { MAX_NOTE_LENGTH } from "../core/domain/text-limits.js";
import { FUNDING_FORM_FIELDS, type FundingFormField, type FundingFormInput } from "../core/funding-form.js";
import { texts } from "../core/i18n/index.js";
import { type CardElement, textBlock } from "./adaptive-card.js";

export type FundingCardValues = Partial<Record<FundingFormField, string>>;

/**
 * The section's inputs: the values typed before (a card shown again with its errors), else the preselected action's
 * funding as it stands; `error` puts a field's error under it.
 */
export function fundingElements(
  preselected: ActionSummary | undefined,
  locale: Locale,
  values: FundingCardValues | undefined,
  error: (field: FundingFormField) => CardElement[],
): CardElement[] {
  const f = texts(locale).funding.form;
  const funding = preselected?.funding;
  const initial: FundingCardValues = values ?? {
    ...(funding ? { fundingStatus: funding.status } : {}),
    ...(funding?.source ? { fundingSource: funding.source } : {}),
    ...(funding?.amountCents ? { fundingAmount: formatEuro(funding.amountCents, locale) } : {}),
  };
  const value = (field: FundingFormField) => (initial[field] ? { value: initial[field] } : {});
  return [
    textBlock(f.section, { size: "Medium", weight: "Bolder", separator: true }),
    textBlock(f.hint, { size: "Small", isSubtle: true, spacing: "None" }),
    {
      type: "Input.ChoiceSet",
      id: "fundingStatus",
      label: f.status,
      style: "compact",
      choices: FUNDING_STATUSES.map((status) => ({ title: fundingLabel(status, locale), value: status })),
      ...value("fundingStatus"),
    },
    ...error("fundingStatus"),
    {
      type: "Input.Text",
      id: "fundingSource",
      label: f.source,
      maxLength: MAX_FUNDING_SOURCE_LENGTH,
      placeholder: f.sourcePlaceholder,
      ...value("fundingSource"),
    },
    ...error("fundingSource"),
    { type: "Input.Text", id: "fundingAmount", label: f.amount, maxLength: 40, placeholder: f.amountPlaceholder, ...value("fundingAmount") },
    ...error("fundingAmount"),
    { type: "Input.Text", id: "fundingNote", label: f.note, isMultiline: true, maxLength: MAX_NOTE_LENGTH, ...value("fundingNote") },
    ...error("fundingNote"),
  ];
}

/** Reads the section of a card submission; anything missing or of the wrong type is left for the core to reject. */
export function readFundingCard(values: Record<string, unknown>): FundingFormInput {
  return Object.fromEntries(FUNDING_FORM_FIELDS.map((field) => [field, values[field] ?? ""]));
}

/** The section's values as typed, to show them again with the errors. */
export function typedFundingValues(input: FundingFormInput): FundingCardValues {
  return Object.fromEntries(FUNDING_FORM_FIELDS.flatMap((field) => (typeof input[field] === "string" ? [[field, input[field]]] : [])));
}
