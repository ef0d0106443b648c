/**
 * What one button is: how its value is read back (anything may come back tampered with), who may press it,
 * how the answer is shown, and what it does. Each intent has one handler file under `handlers/`; every
 * adapter registers all of them in one loop, so a new button changes no adapter file.
 */
import type { Actor } from "../actor.js";
import type { CommandDeps } from "../commands/handler.js";
import type { Command, CommandName } from "../commands/types.js";
import type { Locale } from "../domain/locale.js";
import type { ButtonIntent, Message } from "../messages/model.js";
import type { Requirement } from "../permissions.js";
import type { Reply } from "../reply.js";

export interface ButtonContext {
  actor: Actor;
  locale: Locale;
  deps: CommandDeps;
  /** Runs a command as if typed: the same checks and answers. */
  execute(command: Command): Promise<Reply>;
}

export interface ButtonHandler<P> {
  /** The payload of a button value; throws on anything malformed. */
  read(value: string): P;
  /** Who may press it; the commands it runs check again. */
  requirement: Requirement;
  /** The command a refusal names (what the user could type instead). */
  command: CommandName;
  /** The answer to a value that does not read (stale or tampered with); a general one when omitted. */
  invalid?(locale: Locale): Message;
  /** The action the payload names, for the lead check of `lead-or-leader`. */
  actionOf?(payload: P): string;
  /**
   * `beside`: the answer comes as a new message, so a list keeps its other actions' buttons;
   * `in-place`: the answer replaces the pressed message (a preview's start button, *Ongewijzigd* on a list or
   * reminder, which rebuilds it); a function when it depends on the message the button sits on.
   */
  answers: Answers | ((payload: P) => Answers);
  run(payload: P, context: ButtonContext): Promise<Reply>;
}

export type Answers = "beside" | "in-place";

/** A button's value read back: what it names, and the press ready to run; null when the value does not read. */
export interface ReadPress {
  code?: string;
  answers: Answers;
  run(context: ButtonContext): Promise<Reply>;
}

/** A handler with its payload type closed over, so the table can hold every intent. */
export interface ButtonEntry {
  requirement: Requirement;
  command: CommandName;
  invalid?(locale: Locale): Message;
  /** How a value that does not read, or a refused press, is answered. */
  answers: Answers;
  read(value: string): ReadPress | null;
}

export function defineButton<P>(handler: ButtonHandler<P>): ButtonEntry {
  return {
    requirement: handler.requirement,
    command: handler.command,
    answers: typeof handler.answers === "string" ? handler.answers : "beside",
    ...(handler.invalid ? { invalid: handler.invalid } : {}),
    read(value) {
      let payload: P;
      try {
        payload = handler.read(value);
      } catch {
        return null;
      }
      const code = handler.actionOf?.(payload);
      const answers = typeof handler.answers === "string" ? handler.answers : handler.answers(payload);
      return { ...(code !== undefined ? { code } : {}), answers, run: (context) => handler.run(payload, context) };
    },
  };
}

/** One entry per intent; the compiler demands an entry for every intent. */
export type ButtonHandlers = Record<ButtonIntent, ButtonEntry>;
