/** The `herinner` filter carried by the preview's start button, validated again when the button comes back. */
import { z } from "zod";
import { hasNoControlCharacter } from "../commands/arguments.js";
import type { ListFilter } from "../commands/types.js";
import { FUNDING_STATUSES } from "../domain/funding.js";
import { ACTION_STATUSES } from "../domain/status.js";

const filterText = z.string().max(200).refine(hasNoControlCharacter, "control-character");

const schema = z
  .object({
    themes: z.array(z.number().int().min(1).max(999)).max(50).optional(),
    pillar: filterText.optional(),
    statuses: z.array(z.enum(ACTION_STATUSES)).max(ACTION_STATUSES.length).optional(),
    scope: filterText.optional(),
    trekker: filterText.optional(),
    funding: z.array(z.enum(FUNDING_STATUSES)).max(FUNDING_STATUSES.length).optional(),
  })
  .strict();

/** Parses a button value (JSON) into a filter; throws on anything malformed or tampered with. */
export function readFilterButton(value: string): ListFilter {
  const parsed = schema.parse(JSON.parse(value || "{}"));
  const filter: ListFilter = {};
  if (parsed.themes) filter.themes = parsed.themes;
  if (parsed.pillar) filter.pillar = parsed.pillar;
  if (parsed.statuses) filter.statuses = parsed.statuses;
  if (parsed.scope) filter.scope = parsed.scope;
  if (parsed.trekker) filter.trekker = parsed.trekker;
  if (parsed.funding?.length) filter.funding = parsed.funding;
  return filter;
}
