/** `npm run cli -- persoon export <e-mail> [--out <file>]` and `persoon vergeet <e-mail> [bevestig]`, read with zod. */
import { emailSchema } from "../core/commands/arguments.js";
import { isSubcommand } from "../core/commands/vocabulary.js";
import { CliUsageError } from "./args.js";

export type PersonRequest = { kind: "person-export"; email: string; out?: string } | { kind: "person-forget"; email: string; confirmed: boolean };

export function parsePersonArgs(words: readonly string[], out: string | undefined): PersonRequest {
  const [action, given, ...more] = words;
  const forget = isSubcommand(action, "forget");
  const email = emailSchema.safeParse(given ?? "");
  const confirmed = forget && more.length === 1 && isSubcommand(more[0], "confirm");
  const fits = (isSubcommand(action, "export") && more.length === 0) || (forget && (more.length === 0 || confirmed));
  if (!fits || !email.success) throw new CliUsageError((_t, all) => all.privacy.cliUnknownSubcommand(words.join(" ")));
  if (forget) return { kind: "person-forget", email: email.data, confirmed };
  return out ? { kind: "person-export", email: email.data, out } : { kind: "person-export", email: email.data };
}
