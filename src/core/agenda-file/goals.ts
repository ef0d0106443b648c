/**
 * Goals in the agenda file, per action: `doelen:` with `omschrijving`, `streefwaarde`, `eenheid` and `per`.
 * A re-import finds a goal again by its description (within the action), so its measurements stay with it.
 */
import { z } from "zod";
import { fileDateSchema, MAX_GOAL_DESCRIPTION, MAX_GOAL_UNIT, targetSchema } from "../goals/goal-values.js";

const goalSchema = z.strictObject({
  omschrijving: z.string().trim().min(1).max(MAX_GOAL_DESCRIPTION),
  streefwaarde: targetSchema,
  eenheid: z.string().trim().min(1).max(MAX_GOAL_UNIT).optional(),
  per: fileDateSchema.optional(),
});

export const fileGoalsSchema = z
  .array(goalSchema)
  .max(20, "list at most 20 goals per action")
  .default([])
  .superRefine((goals, context) => {
    const seen = new Set<string>();
    goals.forEach((goal, index) => {
      const key = goal.omschrijving.toLowerCase();
      if (seen.has(key))
        context.addIssue({ code: "custom", path: [index, "omschrijving"], message: `duplicate goal "${goal.omschrijving}" in this action` });
      seen.add(key);
    });
  })
  .transform((goals) =>
    goals.map((goal) => ({ description: goal.omschrijving, target: goal.streefwaarde, unit: goal.eenheid ?? null, dueDate: goal.per ?? null })),
  );

/** A goal as the file lists it, in the core's terms. */
export interface FileGoal {
  description: string;
  target: number;
  unit: string | null;
  /** YYYY-MM-DD, or null. */
  dueDate: string | null;
}
