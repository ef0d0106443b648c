/** The funding section of the Slack status modal: its input blocks (prefilled for one action) and how to read them back. */
import type { KnownBlock, PlainTextOption } from "@slack/types";
import { MAX_FUNDING_SOURCE_LENGTH } from "../core/commands/funding-readers.js";
import type { ActionSummary } from "../core/domain/agenda.js";
import { formatEuro } from "../core/domain/euro.js";
import { FUNDING_STATUSES, fundingLabel } from "../core/domain/funding.js";
import type { Locale } from "../core/domain/locale.js";
import { MAX_NOTE_LENGTH } from "../core/domain/text-limits.js";
import type { FundingFormField, FundingFormInput } from "../core/funding-form.js";
import { texts } from "../core/i18n/index.js";

/** block_id of each funding field, used to show errors next to it. */
export const FUNDING_BLOCKS: Record<FundingFormField, string> = {
  fundingStatus: "funding_status",
  fundingSource: "funding_source",
  fundingAmount: "funding_amount",
  fundingNote: "funding_note",
};

function textInput(block: string, label: string, options: { maxLength: number; placeholder?: string; initial?: string | null; multiline?: boolean }) {
  return {
    type: "input",
    block_id: block,
    optional: true,
    label: { type: "plain_text", text: label },
    element: {
      type: "plain_text_input",
      action_id: "value",
      max_length: options.maxLength,
      ...(options.multiline ? { multiline: true } : {}),
      ...(options.placeholder ? { placeholder: { type: "plain_text", text: options.placeholder } } : {}),
      ...(options.initial ? { initial_value: options.initial } : {}),
    },
  } as KnownBlock;
}

/** The section's blocks; with one action preselected they show its funding as it stands. */
export function fundingBlocks(preselected: ActionSummary | undefined, locale: Locale): KnownBlock[] {
  const f = texts(locale).funding.form;
  const funding = preselected?.funding;
  const options: PlainTextOption[] = FUNDING_STATUSES.map((status) => ({
    text: { type: "plain_text", text: fundingLabel(status, locale) },
    value: status,
  }));
  const select: Record<string, unknown> = { type: "static_select", action_id: "value", options };
  if (funding) select.initial_option = options.find((option) => option.value === funding.status);
  return [
    { type: "header", text: { type: "plain_text", text: f.section } },
    { type: "context", elements: [{ type: "plain_text", text: f.hint }] },
    {
      type: "input",
      block_id: FUNDING_BLOCKS.fundingStatus,
      optional: true,
      label: { type: "plain_text", text: f.status },
      element: select as never,
    },
    textInput(FUNDING_BLOCKS.fundingSource, f.source, {
      maxLength: MAX_FUNDING_SOURCE_LENGTH,
      placeholder: f.sourcePlaceholder,
      initial: funding?.source ?? null,
    }),
    textInput(FUNDING_BLOCKS.fundingAmount, f.amount, {
      maxLength: 40,
      placeholder: f.amountPlaceholder,
      initial: funding?.amountCents ? formatEuro(funding.amountCents, locale) : null,
    }),
    textInput(FUNDING_BLOCKS.fundingNote, f.note, { maxLength: MAX_NOTE_LENGTH, multiline: true }),
  ];
}

/** Reads the section back from the view state's `read` (the core validates every value). */
export function readFundingBlocks(read: (block: string) => string | undefined): FundingFormInput {
  return {
    fundingStatus: read(FUNDING_BLOCKS.fundingStatus) ?? "",
    fundingSource: read(FUNDING_BLOCKS.fundingSource) ?? "",
    fundingAmount: read(FUNDING_BLOCKS.fundingAmount) ?? "",
    fundingNote: read(FUNDING_BLOCKS.fundingNote) ?? "",
  };
}
