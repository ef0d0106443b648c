/**
 * The value of an *Ongewijzigd* button says which message it sits on, so the press can answer in place with
 * that message rebuilt: `1.3` (a detail view, App Home: answered beside), `1.3 ronde` (a lead's reminder) or
 * `1.3 mijn <ms>` (the `mijn` list, with the action's last update as shown, to tell a second press).
 */

export type ConfirmView = { view: "ronde" } | { view: "mijn"; shownAt: number } | { view: "beside" };
export type ConfirmPayload = { code: string } & ConfirmView;

export function confirmValue(code: string, on: ConfirmView): string {
  if (on.view === "ronde") return `${code} ronde`;
  if (on.view === "mijn") return `${code} mijn ${on.shownAt}`;
  return code;
}

/** Splits a value into its code (checked by `readCode`) and the view; throws on anything else. */
export function readConfirmValue(value: string, readCode: (code: string) => string): ConfirmPayload {
  const [code = "", view, shownAt, ...rest] = value.split(" ");
  if (rest.length) throw new Error("malformed confirm value");
  const checked = readCode(code);
  if (view === undefined) return { code: checked, view: "beside" };
  if (view === "ronde" && shownAt === undefined) return { code: checked, view: "ronde" };
  if (view === "mijn" && shownAt !== undefined && /^\d{1,15}$/.test(shownAt)) return { code: checked, view: "mijn", shownAt: Number(shownAt) };
  throw new Error("malformed confirm value");
}
