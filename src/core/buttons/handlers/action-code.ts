import { z } from "zod";

/** The value of the buttons on an action: its code, as the message put it there. */
const actionCodeValue = z.string().trim().min(1).max(40);

export function readActionCode(value: string): string {
  return actionCodeValue.parse(value);
}
