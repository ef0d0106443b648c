import { actionCodeSchema } from "../../commands/arguments.js";

/** The value of the buttons on an action: its code, checked as typed input is (a tampered value never reaches the database). */
export function readActionCode(value: string): string {
  return actionCodeSchema.parse(value);
}
