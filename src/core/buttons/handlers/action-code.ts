import { actionCodeSchema } from "../../commands/arguments.js";

/** The value of the buttons on an action: its code, checked as typed input is (a tampered value never reaches the database). */
export function readActionCode(value: string): string {
  return actionCodeSchema.parse(value);
}

/** What the *Bijwerken* and *Ongewijzigd* buttons share: they carry the code and are for its leads and the leader. */
export const ON_AN_ACTION = {
  read: readActionCode,
  requirement: "lead-or-leader",
  command: "status",
  actionOf: (code: string) => code,
  answers: "beside",
} as const;
