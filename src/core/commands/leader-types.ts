/** `leider`: the project leaders of this region, listed, added or removed, and what its arguments can get wrong. */
import { z } from "zod";

export type LeaderCommand =
  /** `leiders` (or `leider`): the region's leaders. */
  | { name: "leider"; action: "list" }
  /** `leider toevoegen <e-mail>` / `leider weg <e-mail>`. */
  | { name: "leider"; action: "add" | "remove"; email: string };

/** What is wrong with an address, as the messages name it. */
export type EmailProblem = "no-at" | "no-name" | "no-domain" | "spaces" | "format";

export type LeaderParseError =
  /** Not `toevoegen`/`weg` after `leider` (`given`: the word that stood there). */
  | { code: "leader-usage"; given?: string }
  | { code: "missing-leader-email"; action: "add" | "remove" }
  | { code: "invalid-leader-email"; given: string; problem: EmailProblem };

const LEADER_ERROR_CODES: ReadonlySet<string> = new Set<LeaderParseError["code"]>(["leader-usage", "missing-leader-email", "invalid-leader-email"]);

export function isLeaderParseError(error: { code: string }): error is LeaderParseError {
  return LEADER_ERROR_CODES.has(error.code);
}

/** A leader's address: trimmed, lower case, a valid e-mail address (zod), at most 254 characters. */
export const leaderEmailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** The address typed, or what is wrong with it. Slack may send it as a link: `<mailto:anna@uwv.nl|anna@uwv.nl>`. */
export function readLeaderEmail(given: string): { ok: true; email: string } | { ok: false; problem: EmailProblem } {
  const text =
    given
      .replace(/^<|>$/g, "")
      .replace(/^mailto:/i, "")
      .split("|")
      .pop() ?? "";
  const parsed = leaderEmailSchema.safeParse(text);
  if (parsed.success) return { ok: true, email: parsed.data };
  return { ok: false, problem: emailProblem(text) };
}

function emailProblem(text: string): EmailProblem {
  if (/\s/.test(text.trim())) return "spaces";
  const at = text.indexOf("@");
  if (at < 0) return "no-at";
  if (at === 0) return "no-name";
  const domain = text.slice(at + 1);
  if (!domain.includes(".") || domain.endsWith(".")) return "no-domain";
  return "format";
}
