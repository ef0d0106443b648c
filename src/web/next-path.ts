/**
 * Where a sign-in link goes once it has signed someone in: a path of the dashboard, carried inside the signed
 * token, never taken from the address itself. Only `/dashboard` and paths under it (plain segments, an optional
 * plain query), so a link can never send anyone to another site (`//host`, `/\host`, `https:`) or outside the
 * dashboard (`/dashboard/../admin`).
 */
import { z } from "zod";

const SEGMENT = "[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2}";
const NEXT_PATH = new RegExp(`^/dashboard(?:/(?:${SEGMENT})+)*(?:\\?(?:[A-Za-z0-9._~=&+-]|%[0-9A-Fa-f]{2})*)?$`);

export const nextPathSchema = z
  .string()
  .max(300, { message: "the next path is at most 300 characters" })
  .regex(NEXT_PATH, { message: "the next path must be /dashboard or a plain path under it" })
  .refine(
    (path) =>
      !path
        .split("?")[0]
        ?.split("/")
        .some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment)),
    {
      message: "the next path may not contain . or .. segments",
    },
  )
  .refine((path) => !/%2f|%5c/i.test(path), { message: "the next path may not contain encoded slashes" });

export type NextPath = z.infer<typeof nextPathSchema>;

/** The path itself when it is a safe dashboard path; undefined otherwise. */
export function safeNextPath(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const parsed = nextPathSchema.safeParse(path);
  return parsed.success ? parsed.data : undefined;
}
