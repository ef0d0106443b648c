/**
 * The platform-neutral heart of the bot: parses a command, checks the action it names and who may run it,
 * and hands it to its handler (`commands/handlers/`, one file per command). Slack, Teams and the CLI all
 * call `run` or `execute`; buttons come in through `press` (`buttons/`).
 */
import type { Actor, Conversation } from "./actor.js";
import type { ButtonContext } from "./buttons/button.js";
import { BUTTON_HANDLERS } from "./buttons/registry.js";
import { channelLocale } from "./channel-settings.js";
import { parseCommand } from "./commands/grammar.js";
import { type CommandContext, type CommandDeps, type CommandHandler, type MentionResolver, requirementOf } from "./commands/handler.js";
import { COMMAND_HANDLERS } from "./commands/registry.js";
import { similarCodes } from "./commands/similar-codes.js";
import { COMMAND_NAMES, type Command, type CommandName, type ParseError } from "./commands/types.js";
import { commandWord, spokenCommand } from "./commands/vocabulary.js";
import { digestFor, digestSources } from "./digest/digest-for.js";
import type { Locale } from "./domain/locale.js";
import { texts } from "./i18n/index.js";
import { helpMessage } from "./messages/action-views.js";
import { homeMessage } from "./messages/home.js";
import { type ButtonIntent, type Message, notice } from "./messages/model.js";
import { refusalMessage } from "./messages/refusal.js";
import { type CommandOutcome, type CoreMetrics, noMetrics } from "./metrics.js";
import { mayUse, refusalFor } from "./permissions.js";
import type { ChannelAccess } from "./ports.js";
import { type Reply, reply } from "./reply.js";
import { type StatusFormInput, type StatusFormResult, submitStatusForm } from "./status-form.js";

export type { MentionResolver } from "./commands/handler.js";

/** The answer to a button, and whether it replaces the pressed message or comes beside it. */
export interface Pressed {
  reply: Reply;
  answers: "beside" | "in-place";
}

export interface RunOptions {
  resolveMention?: MentionResolver;
  /** Whether the bot can post in the asking conversation (Slack); without it, it can (Teams, once installed). */
  channelAccess?: ChannelAccess;
}

export class AgendaCore {
  constructor(
    private readonly deps: CommandDeps,
    private readonly metrics: Pick<CoreMetrics, "commandFinished"> = noMetrics,
  ) {}

  /** Parses and executes one line of user input. */
  async run(input: string, actor: Actor, runOptions: RunOptions = {}): Promise<Reply> {
    const started = performance.now();
    const parsed = parseCommand(input);
    // The reply is in the person's language (their platform's locale, or `--lang` in the CLI), else the default;
    // never in the language of the command word: a Dutch user typing `show 1.3` still reads Dutch.
    const locale = actor.locale ?? this.deps.defaultLocale;
    if (!parsed.ok) {
      this.metrics.commandFinished("command" in parsed.error ? parsed.error.command : "unknown", "unparsed", (performance.now() - started) / 1000);
      return this.parseFailure(parsed.error, locale);
    }
    return this.execute(parsed.command, actor, locale, runOptions);
  }

  parseFailure(error: ParseError, locale: Locale): Reply {
    const { problem, hint } = texts(locale).parse(error);
    return reply(locale, notice("error", problem, hint));
  }

  /** Checks the action the command names and who may run it, then runs its handler; reports how it ended and how long it took. */
  async execute<N extends Command["name"]>(
    command: Extract<Command, { name: N }>,
    actor: Actor,
    locale: Locale,
    runOptions: RunOptions = {},
  ): Promise<Reply> {
    const started = performance.now();
    let outcome: CommandOutcome = "failed";
    try {
      const done = await this.dispatch(command, actor, locale, runOptions);
      outcome = done.outcome ?? (done.reply.message.tone === "error" ? "rejected" : "ok");
      return done.reply;
    } finally {
      this.metrics.commandFinished(command.name, outcome, (performance.now() - started) / 1000);
    }
  }

  private async dispatch<N extends Command["name"]>(
    command: Extract<Command, { name: N }>,
    actor: Actor,
    locale: Locale,
    runOptions: RunOptions,
  ): Promise<{ reply: Reply; outcome?: CommandOutcome }> {
    const handler = COMMAND_HANDLERS[command.name as N] as CommandHandler<N>;
    const t = texts(locale);
    const code = "code" in command ? command.code : undefined;
    if (handler.action === "checked" && code !== undefined && !(await this.deps.reader.hasAction(code))) {
      const message = notice("error", t.errors.unknownAction(code, await similarCodes(code, this.deps.reader)), t.errors.unknownActionHint);
      return { reply: reply(locale, message), outcome: "unknown-action" };
    }
    const refusal = await refusalFor(actor, requirementOf(handler, command), code, this.deps.people);
    if (refusal) return { reply: reply(locale, refusalMessage(refusal, spokenCommand(command, locale), code, locale)), outcome: "refused" };
    const context: CommandContext = {
      actor,
      locale,
      t,
      deps: this.deps,
      commandsForActor: () => commandsFor(actor),
      ...(runOptions.resolveMention ? { resolveMention: runOptions.resolveMention } : {}),
      ...(runOptions.channelAccess ? { channelAccess: runOptions.channelAccess } : {}),
    };
    return { reply: await handler.run(command, context) };
  }

  /** A button pressed: its value read back, who pressed it checked, then its handler run. */
  async press(intent: ButtonIntent, value: string, actor: Actor, locale: Locale): Promise<Pressed> {
    const entry = BUTTON_HANDLERS[intent];
    const pressed = entry.read(value);
    const t = texts(locale);
    if (!pressed) {
      const message = entry.invalid?.(locale) ?? notice("error", t.errors.invalidButton, t.errors.invalidButtonHint);
      return { reply: reply(locale, message), answers: entry.answers };
    }
    const refusal = await refusalFor(actor, entry.requirement, pressed.code, this.deps.people);
    if (refusal)
      return { reply: reply(locale, refusalMessage(refusal, commandWord(entry.command, locale), pressed.code, locale)), answers: "beside" };
    const context: ButtonContext = { actor, locale, deps: this.deps, execute: (command) => this.execute(command, actor, locale) };
    return { reply: await pressed.run(context), answers: pressed.answers };
  }

  /** The status form submitted (Slack modal, Teams card): per-field errors, or the stored change. */
  submitStatusForm(input: StatusFormInput, actor: Actor, locale: Locale): Promise<StatusFormResult> {
    return submitStatusForm(
      {
        reader: this.deps.reader,
        goals: this.deps.goals,
        clock: this.deps.clock,
        execute: (command, who, language) => this.execute(command, who, language),
      },
      input,
      actor,
      locale,
    );
  }

  /** The full help for this actor (also the welcome card of Teams). */
  help(actor: Actor, locale: Locale): Message {
    return helpMessage(actor, locale, commandsFor(actor), true);
  }

  /**
   * The welcome card when the bot is added to a conversation: the help; in a channel, where it hears only the
   * messages that @mention it (`botName`), it says so first.
   */
  welcome(actor: Actor, locale: Locale, where: { channel: false } | { channel: true; botName: string }): Message {
    const help = this.help(actor, locale);
    if (!where.channel) return help;
    const [heading, ...rest] = help.blocks;
    const line = { type: "text" as const, text: texts(locale).help.mentionOnly(where.botName) };
    return { ...help, blocks: heading ? [heading, line, ...rest] : [line] };
  }

  /** The language the bot posts in on its own in this conversation (a welcome): a linked channel's, else `fallback`. */
  async postingLocale(conversation: Conversation | undefined, fallback: Locale): Promise<Locale> {
    if (!conversation?.isChannel) return fallback;
    const { platform, tenantId, channelId } = conversation;
    return channelLocale(await this.deps.channels.linkedChannel(platform, tenantId, channelId), fallback);
  }

  /** The user's overview (Slack App Home, Teams personal tab). */
  home(actor: Actor, locale: Locale): Promise<Message> {
    return homeMessage(this.deps.reader, actor, locale);
  }

  /** The digest of an overleg for the period (since, now]; null when the overleg covers no themes. */
  digestFor(overlegCode: string, since: Date, now: Date, locale: Locale): Promise<Message | null> {
    return digestFor(digestSources(this.deps), overlegCode, since, now, locale);
  }
}

/** The commands worth showing this actor in `help`. */
export function commandsFor(actor: Actor): CommandName[] {
  return COMMAND_NAMES.filter((name) => mayUse(actor, COMMAND_HANDLERS[name].requirement));
}
