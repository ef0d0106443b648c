/**
 * The goals and deadline an agenda file lists for an action, written by the import. A goal is found again by its
 * description (case aside) and keeps its number and measurements; its target, unit and date follow the file.
 * Goals the file does not list (added by command, or since left out) stay as they are, with their history.
 */
import type { FileGoal } from "../core/agenda-file/goals.js";
import type { Prisma } from "./generated/client.js";

/** The `deadline` column's value for a file date. */
export function deadlineValue(date: string | null | undefined): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null;
}

export function sameDeadline(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}

/** Creates and updates the file's goals of one action; true when anything changed. */
export async function importGoals(tx: Prisma.TransactionClient, actionId: number, goals: FileGoal[] | undefined): Promise<boolean> {
  if (!goals?.length) return false;
  const existing = await tx.goal.findMany({ where: { actionId }, orderBy: { number: "asc" } });
  let next = (existing.at(-1)?.number ?? 0) + 1;
  let changed = false;
  for (const goal of goals) {
    const data = { target: goal.target, unit: goal.unit, dueDate: deadlineValue(goal.dueDate) };
    const found = existing.find((row) => row.description.toLowerCase() === goal.description.toLowerCase());
    if (!found) {
      await tx.goal.create({ data: { actionId, number: next++, description: goal.description, fromFile: true, channel: "import", ...data } });
      changed = true;
    } else if (found.target !== data.target || found.unit !== data.unit || !sameDeadline(found.dueDate, data.dueDate)) {
      await tx.goal.update({ where: { id: found.id }, data });
      changed = true;
    }
  }
  return changed;
}
