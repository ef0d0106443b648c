/**
 * The platform-neutral heart of the bot: parses a command, authorises it, runs it against the store
 * and answers with a neutral message. Slack, Teams and the CLI all call `run` or `execute`.
 */
import type { Actor } from "./actor.js";
import { actionCodeSchema } from "./commands/arguments.js";
import { closest } from "./commands/closest.js";
import { parseCommand } from "./commands/grammar.js";
import type { Command, ListFilter, ParseError, PersonRef } from "./commands/types.js";
import { buildDigest, overlegThemes } from "./digest/digest.js";
import { compareActionCodes } from "./domain/action-code.js";
import type { ActionSummary, OverlegInfo, PersonInfo } from "./domain/agenda.js";
import type { Locale } from "./domain/locale.js";
import { statusLabel } from "./domain/status.js";
import { texts } from "./i18n/index.js";
import { actionDetailMessage, actionListItem, helpMessage, personName } from "./messages/action-views.js";
import { type Block, type Message, message, notice } from "./messages/model.js";
import { mayChange, type Refusal, refusalFor, requirementOf } from "./permissions.js";
import type { ActionQuery, AgendaStore, Clock, Outbox, PlatformIdentityRef } from "./ports.js";
import type { Reply } from "./reply.js";
import type { ReminderRounds } from "./rounds/reminder-rounds.js";
import { readFilterButton } from "./rounds/round-filter.js";
import type { RoundFilter } from "./rounds/round-store.js";
import { describeSchedule, readDigestSchedule } from "./schedule/digest-schedule.js";
import { statusCounts } from "./status-counts.js";

const SEARCH_LIMIT = 25;
/** A chat list shows this many actions; the rest is counted and reachable with a filter or the export. */
export const LIST_LIMIT = 100;
/** A digest covers a week. */
const DIGEST_PERIOD_MS = 7 * 24 * 60 * 60 * 1000;

/** Looks up a platform mention (`<@U123>`) to an e-mail address; provided by the platform adapter. */
export type MentionResolver = (id: string) => Promise<{ email: string; displayName?: string; identity?: PlatformIdentityRef } | null>;

export interface AgendaCoreOptions {
  store: AgendaStore;
  clock: Clock;
  defaultLocale: Locale;
  /** Where posts to channels go (`digest nu`); without it the core only answers the asking user. */
  outbox?: Outbox;
  /** Reminder rounds (`herinner`, `ronde`, answers); without them those commands say they are not available. */
  rounds?: ReminderRounds;
}

export interface RunOptions {
  resolveMention?: MentionResolver;
}

export class AgendaCore {
  constructor(private readonly options: AgendaCoreOptions) {}

  get store(): AgendaStore {
    return this.options.store;
  }

  /** Parses and executes one line of user input. */
  async run(input: string, actor: Actor, runOptions: RunOptions = {}): Promise<Reply> {
    const parsed = parseCommand(input);
    const locale = actor.locale ?? (parsed.english ? "en" : this.options.defaultLocale);
    if (!parsed.ok) return this.parseFailure(parsed.error, locale);
    return this.execute(parsed.command, actor, locale, runOptions);
  }

  parseFailure(error: ParseError, locale: Locale): Reply {
    const { problem, hint } = texts(locale).parse(error);
    return { locale, message: notice("error", problem, hint), changed: false };
  }

  async execute(command: Command, actor: Actor, locale: Locale, runOptions: RunOptions = {}): Promise<Reply> {
    const t = texts(locale);
    const code = "code" in command ? command.code : undefined;
    // `toon` loads the action anyway and answers an unknown code itself.
    if (code !== undefined && command.name !== "toon" && !(await this.store.hasAction(code))) {
      return this.reply(locale, notice("error", t.errors.unknownAction(code, await this.similarCodes(code)), t.errors.unknownActionHint));
    }
    const refusal = await refusalFor(actor, requirementOf(command), code, this.store);
    if (refusal) return this.reply(locale, this.refusalMessage(refusal, command, locale));

    switch (command.name) {
      case "help":
        return this.reply(locale, helpMessage(actor, locale, command.topic));
      case "mijn":
        return this.mine(actor, locale);
      case "toon":
        return this.show(command.code, actor, locale);
      case "lijst":
        return this.list(command.filter, command.share, locale);
      case "zoek":
        return this.search(command.text, locale);
      case "status-form":
        return this.statusForm(command.code, actor, locale);
      case "status":
        return this.changeStatus(command, actor, locale);
      case "notitie": {
        await this.store.addNote({ code: command.code, text: command.text, personId: actor.person?.id ?? null, channel: actor.channel });
        return this.reply(locale, notice("success", t.done.noteAdded(command.code)), true);
      }
      case "escaleer":
        return this.escalate(command, actor, locale);
      case "trekker":
        return this.assignLead(command, actor, locale, runOptions);
      case "koppel":
        return this.link(command.overleg, actor, locale);
      case "digest":
        return command.now ? this.digestNow(actor, locale) : this.digestPreview(command.overleg, actor, locale);
      case "digest-schedule":
        return this.digestSchedule(command.schedule, actor, locale);
      case "herinner":
        return this.remind(command.filter, command.start, actor, locale);
      case "ronde": {
        const rounds = this.options.rounds;
        if (!rounds) return this.reply(locale, notice("error", t.rounds.noOpenRound));
        return command.close ? rounds.closeNow(actor, locale) : rounds.status(locale);
      }
    }
  }

  /** The *Start de ronde* button of a preview: its value is the filter, checked again as any input. */
  async startRoundFromButton(value: string, actor: Actor, locale: Locale): Promise<Reply> {
    let filter: ListFilter;
    try {
      filter = readFilterButton(value);
    } catch {
      const r = texts(locale).rounds;
      return this.reply(locale, notice("error", r.invalidButton, r.invalidButtonHint));
    }
    return this.execute({ name: "herinner", filter, start: true }, actor, locale);
  }

  /** The *Niet mijn actie* button of a reminder. */
  async notMine(code: string, actor: Actor, locale: Locale): Promise<Reply> {
    const tampered = this.invalidButtonCode(code, locale);
    if (tampered) return tampered;
    if (!this.options.rounds) return this.reply(locale, notice("error", texts(locale).rounds.noOpenRound));
    return this.options.rounds.notMine(code, actor, locale);
  }

  private async remind(listFilter: ListFilter, start: boolean, actor: Actor, locale: Locale): Promise<Reply> {
    const rounds = this.options.rounds;
    if (!rounds) return this.reply(locale, notice("error", texts(locale).rounds.noOpenRound));
    let filter: RoundFilter;
    if (Object.keys(listFilter).length === 0) {
      filter = { query: {}, staleWeeks: rounds.settings.staleWeeks };
    } else {
      const resolved = await this.resolveFilter(listFilter, locale);
      if ("message" in resolved) return resolved;
      filter = { query: resolved.query, description: resolved.description.join(", ") };
    }
    if (start) return rounds.start(filter, actor, locale);
    return rounds.preview(filter, filterWords(listFilter, locale), JSON.stringify(listFilter), actor, locale);
  }

  private reply(locale: Locale, msg: Reply["message"], changed = false): Reply {
    return { locale, message: msg, changed };
  }

  private refusalMessage(refusal: Refusal, command: Command, locale: Locale) {
    const t = texts(locale);
    const code = "code" in command && command.code ? command.code : "1.3";
    switch (refusal) {
      case "unknown-user":
        return notice("error", t.errors.unknownUser, t.errors.unknownUserHint);
      case "not-a-lead":
        return notice("error", t.errors.notYourAction(code), t.errors.notYourActionHint(code));
      case "leader-only":
        return notice(
          "error",
          t.errors.leaderOnly(
            command.name === "digest" && command.now
              ? `digest ${locale === "en" ? "now" : "nu"}`
              : command.name === "digest-schedule"
                ? `digest ${locale === "en" ? "schedule" : "schema"}`
                : command.name,
          ),
          t.errors.leaderOnlyHint,
        );
    }
  }

  /** For `1.9`: the first and last action of theme 1; otherwise the nearest code. */
  private async similarCodes(code: string): Promise<string[]> {
    const codes = await this.store.actionCodes();
    const group = code.split(".").slice(0, -1).join(".");
    const sameGroup = codes.filter((candidate) => candidate.split(".").slice(0, -1).join(".") === group).sort(compareActionCodes);
    if (sameGroup.length) return [...new Set([sameGroup[0] ?? "", sameGroup[sameGroup.length - 1] ?? ""])];
    const near = closest(code, codes);
    return near ? [near] : [];
  }

  /** The *Ongewijzigd* button: confirms that the action's current status is still right (recorded as history). */
  async confirmStatus(code: string, actor: Actor, locale: Locale): Promise<Reply> {
    const tampered = this.invalidButtonCode(code, locale);
    if (tampered) return tampered;
    const current = await this.store.findAction(code);
    if (!current) return this.execute({ name: "toon", code }, actor, locale);
    return this.execute({ name: "status", code: current.code, status: current.status }, actor, locale);
  }

  /** A button's action code is checked as any input, so a tampered value (a NUL, …) never reaches the database. */
  private invalidButtonCode(code: string, locale: Locale): Reply | undefined {
    if (actionCodeSchema.safeParse(code).success) return undefined;
    return this.parseFailure({ code: "invalid-action-code", command: "toon", given: code.replace(/[^\x20-\x7e]/g, "?").slice(0, 40) }, locale);
  }

  /** The user's overview (Slack App Home, Teams personal tab): their actions, and the agenda per pillar. */
  async home(actor: Actor, locale: Locale): Promise<Message> {
    const t = texts(locale);
    const blocks: Block[] = [{ type: "heading", text: t.home.title }];
    const mine = actor.person ? await this.store.actionsLedBy(actor.person.id) : [];
    blocks.push({ type: "text", text: t.home.mine });
    if (mine.length) blocks.push({ type: "list", items: mine.map((action) => actionListItem(action, locale, true)) });
    else blocks.push({ type: "context", text: `${actor.person ? t.mine.none : t.mine.notLinked} ${t.mine.noneHint}` });
    blocks.push({ type: "divider" }, { type: "text", text: t.home.agenda });
    for (const pillar of await this.store.pillars()) {
      const counts = await this.store.countByStatus({ pillarCodes: [pillar.code] });
      const total = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
      blocks.push({ type: "heading", text: t.home.pillar(pillar.name, total) });
      blocks.push({ type: "status-bar", counts: statusCounts(counts, locale), total });
    }
    blocks.push({ type: "context", text: t.home.hint });
    return message(t.home.title, blocks);
  }

  private async mine(actor: Actor, locale: Locale): Promise<Reply> {
    const t = texts(locale);
    if (!actor.person) return this.reply(locale, notice("info", t.mine.notLinked, t.mine.noneHint));
    const actions = await this.store.actionsLedBy(actor.person.id);
    if (actions.length === 0) return this.reply(locale, notice("info", t.mine.none, t.mine.noneHint));
    const title = t.mine.title(actions.length);
    return this.reply(
      locale,
      message(title, [
        { type: "heading", text: title },
        { type: "list", items: actions.map((action) => actionListItem(action, locale, true)) },
      ]),
    );
  }

  private async show(code: string, actor: Actor, locale: Locale): Promise<Reply> {
    const action = await this.store.findAction(code);
    if (!action) {
      const t = texts(locale);
      return this.reply(locale, notice("error", t.errors.unknownAction(code, await this.similarCodes(code)), t.errors.unknownActionHint));
    }
    const canChange = await mayChange(actor, code, this.store);
    return this.reply(locale, actionDetailMessage(action, locale, this.options.clock.now(), canChange));
  }

  /** A typed filter (`thema 4 pijler …`) checked against the agenda: the query, or a reply naming what is unknown. */
  private async resolveFilter(filter: ListFilter, locale: Locale): Promise<{ query: ActionQuery; description: string[] } | Reply> {
    const t = texts(locale);
    const query: ActionQuery = {};
    const description: string[] = [];
    if (filter.themes?.length) {
      const known = (await this.store.themes()).map((theme) => theme.number);
      const unknown = filter.themes.filter((number) => !known.includes(number));
      if (unknown.length) return this.reply(locale, notice("error", t.errors.unknownTheme(unknown, known), t.list.emptyHint));
      query.themes = filter.themes;
      description.push(t.list.filterTheme(filter.themes));
    }
    if (filter.pillar) {
      const pillars = await this.store.pillars();
      const wanted = filter.pillar.toLowerCase().replace(/\s+/g, "-");
      const pillar =
        pillars.find((p) => p.code === wanted || p.name.toLowerCase() === filter.pillar?.toLowerCase()) ??
        pillars.find((p) => p.code.startsWith(wanted)) ??
        pillars.find((p) => p.code.includes(wanted));
      if (!pillar)
        return this.reply(
          locale,
          notice(
            "error",
            t.errors.unknownPillar(
              filter.pillar,
              pillars.map((p) => p.name.toLowerCase()),
            ),
          ),
        );
      query.pillarCodes = [pillar.code];
      description.push(t.list.filterPillar(pillar.name.toLowerCase()));
    }
    if (filter.statuses?.length) {
      query.statuses = filter.statuses;
      description.push(t.list.filterStatus(filter.statuses.map((status) => statusLabel(status, locale))));
    }
    if (filter.scope) {
      query.scope = filter.scope;
      description.push(t.list.filterScope(filter.scope));
    }
    if (filter.trekker) {
      query.trekker = filter.trekker;
      description.push(t.list.filterTrekker(filter.trekker));
    }
    return { query, description };
  }

  private async list(filter: ListFilter, share: boolean, locale: Locale): Promise<Reply> {
    const t = texts(locale);
    const resolved = await this.resolveFilter(filter, locale);
    if ("message" in resolved) return resolved;
    const { query, description } = resolved;
    const [actions, counts] = await Promise.all([this.store.listActions(query, LIST_LIMIT), this.store.countByStatus(query)]);
    const total = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
    if (total === 0) return this.reply(locale, notice("info", t.list.empty, t.list.emptyHint));
    const title = t.list.title(total);
    const blocks: Block[] = [{ type: "heading", text: title }];
    if (description.length) blocks.push({ type: "context", text: t.list.filtered(description.join(", ")) });
    blocks.push({ type: "status-bar", counts: statusCounts(counts, locale), total });
    blocks.push({ type: "list", items: actions.map((action) => actionListItem(action, locale)) });
    if (total > actions.length) blocks.push({ type: "context", text: t.list.more(actions.length, total) });
    return this.reply(locale, message(title, blocks, { visibility: share ? "public" : "private" }));
  }

  private async search(text: string, locale: Locale): Promise<Reply> {
    const t = texts(locale);
    const hits = await this.store.search(text, SEARCH_LIMIT);
    if (hits.length === 0) return this.reply(locale, notice("info", t.search.none(text), t.search.noneHint));
    const title = t.search.title(text, hits.length);
    return this.reply(
      locale,
      message(title, [
        { type: "heading", text: title },
        {
          type: "list",
          items: hits.map((hit) => {
            const item = actionListItem(hit.action, locale);
            return hit.excerpt ? { ...item, detail: `${item.detail ?? ""}\n${t.search.inNote}: “${hit.excerpt}”` } : item;
          }),
        },
      ]),
    );
  }

  private async statusForm(code: string | undefined, actor: Actor, locale: Locale): Promise<Reply> {
    const t = texts(locale);
    let actions: ActionSummary[];
    if (code) {
      const action = await this.store.findAction(code);
      actions = action ? [action] : [];
    } else {
      actions = actor.person ? await this.store.actionsLedBy(actor.person.id) : [];
      // A project leader without actions of their own may update any action.
      if (actions.length === 0 && actor.isLeader) actions = await this.store.listActions({}, LIST_LIMIT);
    }
    if (!code && actions.length === 0 && !actor.isLeader) return this.reply(locale, notice("info", t.mine.none, t.mine.noneHint));
    return {
      locale,
      message: notice("info", t.statusForm.prompt, t.statusForm.cli(code)),
      form: code ? { actions, preselected: code } : { actions },
      changed: false,
    };
  }

  private async changeStatus(command: Extract<Command, { name: "status" }>, actor: Actor, locale: Locale): Promise<Reply> {
    const t = texts(locale);
    const result = await this.store.changeStatus({
      code: command.code,
      to: command.status,
      ...(command.note ? { note: command.note } : {}),
      personId: actor.person?.id ?? null,
      channel: actor.channel,
    });
    const text =
      result.from === result.to
        ? t.done.statusConfirmed(command.code, statusLabel(result.to, locale))
        : t.done.statusChanged(command.code, statusLabel(result.from, locale), statusLabel(result.to, locale));
    // Any update or confirmation of an action in the open reminder round answers it.
    const answered = await this.options.rounds?.recordAnswer(command.code, actor.person, result.from === result.to ? "unchanged" : "updated", locale);
    return this.reply(locale, notice("success", text, ...(command.note ? [command.note] : []), ...(answered ? [answered] : [])), true);
  }

  /** An overleg by code or name, in any case. */
  private async findOverleg(given: string): Promise<OverlegInfo | undefined> {
    const wanted = given.trim().toLowerCase();
    return (await this.store.overleggen()).find((o) => o.code.toLowerCase() === wanted || o.name.toLowerCase() === wanted);
  }

  private async unknownOverleg(given: string, locale: Locale): Promise<Reply> {
    const codes = (await this.store.overleggen()).map((o) => o.code);
    return this.reply(locale, notice("error", texts(locale).errors.unknownOverleg(given, codes)));
  }

  private async escalate(command: Extract<Command, { name: "escaleer" }>, actor: Actor, locale: Locale): Promise<Reply> {
    const t = texts(locale);
    let overlegCode: string | undefined;
    if (command.overleg) {
      const overleg = await this.findOverleg(command.overleg);
      if (!overleg) return this.unknownOverleg(command.overleg, locale);
      overlegCode = overleg.code;
    }
    await this.store.escalate({
      code: command.code,
      question: command.question,
      personId: actor.person?.id ?? null,
      channel: actor.channel,
      ...(overlegCode ? { overlegCode } : {}),
    });
    return this.reply(locale, notice("success", t.done.escalated(command.code, overlegCode ?? null)), true);
  }

  private async assignLead(command: Extract<Command, { name: "trekker" }>, actor: Actor, locale: Locale, runOptions: RunOptions): Promise<Reply> {
    const t = texts(locale);
    const person = await this.resolvePerson(command.person, runOptions);
    if (!person) {
      const given = command.person.kind === "mention" ? `@${command.person.label ?? command.person.id}` : command.person.email;
      return this.reply(locale, notice("error", t.errors.mentionUnresolved(given), t.errors.mentionHint));
    }
    const name = personName(person);
    if (command.remove) {
      const removed = await this.store.removeLead(command.code, person.id);
      return this.reply(
        locale,
        notice(removed ? "success" : "info", removed ? t.done.leadRemoved(command.code, name) : t.done.leadWasNot(command.code, name)),
        removed,
      );
    }
    const added = await this.store.addLead(command.code, person.id, actor.person?.id ?? null);
    return this.reply(
      locale,
      notice(added ? "success" : "info", added ? t.done.leadAdded(command.code, name) : t.done.leadAlready(command.code, name)),
      added,
    );
  }

  private async resolvePerson(ref: PersonRef, runOptions: RunOptions): Promise<PersonInfo | null> {
    if (ref.kind === "email") return this.store.ensurePerson(ref.email);
    const found = await runOptions.resolveMention?.(ref.id);
    if (!found) return null;
    const person = await this.store.ensurePerson(found.email, found.displayName);
    if (found.identity) await this.store.linkIdentity(person.id, found.identity);
    return person;
  }

  /** The digest of an overleg for the period (since, now]; null when the overleg covers no themes. */
  async digestFor(overlegCode: string, since: Date, now: Date, locale: Locale): Promise<Message | null> {
    const overleg = (await this.store.overleggen()).find((o) => o.code === overlegCode);
    if (!overleg) return null;
    const themes = overlegThemes(overleg, await this.store.themes());
    if (themes.length === 0) return null;
    const numbers = themes.map((theme) => theme.number);
    const [actions, activity, escalations, round] = await Promise.all([
      this.store.listActions({ themes: numbers }),
      this.store.activitySince(numbers, since),
      this.store.openEscalations(overleg.code, numbers),
      this.options.rounds?.responseRate(numbers),
    ]);
    return buildDigest({ overleg, themes, actions, activity, escalations, since, now, ...(round ? { round } : {}) }, locale);
  }

  /** `digest nu`: the leader posts this channel's digest now, through the outbox (once, however often pressed in a minute). */
  private async digestNow(actor: Actor, locale: Locale): Promise<Reply> {
    const t = texts(locale);
    const conversation = actor.conversation;
    if (!conversation?.isChannel || !this.options.outbox) return this.reply(locale, notice("error", t.digest.nowNeedsChannel));
    const code = await this.store.linkedOverleg(conversation.platform, conversation.tenantId, conversation.channelId);
    if (!code) return this.reply(locale, notice("error", t.digest.notLinked, t.digest.notLinkedHint));
    const now = this.options.clock.now();
    const digest = await this.digestFor(code, new Date(now.getTime() - DIGEST_PERIOD_MS), now, locale);
    if (!digest) return this.reply(locale, notice("info", t.digest.noThemes(code)));
    const minute = now.toISOString().slice(0, 16);
    const queued = await this.options.outbox.enqueue({
      dedupeKey: `digest-now:${conversation.platform}:${conversation.tenantId}:${conversation.channelId}:${minute}`,
      platform: conversation.platform,
      target: conversation.channelId,
      message: digest,
    });
    return this.reply(locale, notice(queued ? "success" : "info", queued ? t.digest.postNow(code) : t.digest.alreadyQueued), queued);
  }

  /** `digest schema [dag tijd]`: when this channel's digest comes, or (leader) a new time for it. */
  private async digestSchedule(given: string | undefined, actor: Actor, locale: Locale): Promise<Reply> {
    const t = texts(locale);
    const conversation = actor.conversation;
    const channel = conversation ? await this.store.linkedChannel(conversation.platform, conversation.tenantId, conversation.channelId) : null;
    if (!conversation || !channel) return this.reply(locale, notice("info", t.digest.notLinked, t.digest.notLinkedHint));
    if (!given)
      return this.reply(
        locale,
        notice("info", t.digest.scheduleIs(channel.overlegCode, describeSchedule(channel.schedule, locale)), t.digest.scheduleHint),
      );
    const reading = readDigestSchedule(given);
    if (!reading.ok) return this.reply(locale, notice("error", t.digest.scheduleInvalid(given), t.digest.scheduleInvalidHint));
    await this.store.setDigestSchedule(conversation.platform, conversation.tenantId, conversation.channelId, reading.cron, this.options.clock.now());
    return this.reply(locale, notice("success", t.digest.scheduleSet(channel.overlegCode, describeSchedule(reading.cron, locale))), true);
  }

  /** The digest as it would be posted now, covering the last week. */
  private async digestPreview(overlegGiven: string | undefined, actor: Actor, locale: Locale): Promise<Reply> {
    const t = texts(locale);
    let code: string | null | undefined = overlegGiven;
    if (!code && actor.conversation) {
      code = await this.store.linkedOverleg(actor.conversation.platform, actor.conversation.tenantId, actor.conversation.channelId);
    }
    if (!code) return this.reply(locale, notice("info", t.digest.notLinked, t.digest.notLinkedHint));
    const overleg = await this.findOverleg(code);
    if (!overleg) return this.unknownOverleg(code, locale);
    const now = this.options.clock.now();
    const digest = await this.digestFor(overleg.code, new Date(now.getTime() - DIGEST_PERIOD_MS), now, locale);
    if (!digest) return this.reply(locale, notice("info", t.digest.noThemes(overleg.code)));
    return this.reply(locale, { ...digest, visibility: "private" });
  }

  private async link(overlegGiven: string, actor: Actor, locale: Locale): Promise<Reply> {
    const t = texts(locale);
    if (!actor.conversation?.isChannel) return this.reply(locale, notice("error", t.errors.notInChannel));
    const overleg = await this.findOverleg(overlegGiven);
    if (!overleg) return this.unknownOverleg(overlegGiven, locale);
    const { previous } = await this.store.linkChannel({
      overlegCode: overleg.code,
      platform: actor.conversation.platform,
      tenantId: actor.conversation.tenantId,
      channelId: actor.conversation.channelId,
      linkedById: actor.person?.id ?? null,
    });
    return this.reply(locale, notice("success", t.done.linked(`${overleg.code} (${overleg.name})`, previous), t.done.linkedHint), true);
  }
}

/** The filter as the leader would type it after `herinner`, for the "or type" hint. */
function filterWords(filter: ListFilter, locale: Locale): string {
  const en = locale === "en";
  const words: string[] = [];
  if (filter.themes?.length) words.push(`${en ? "theme" : "thema"} ${filter.themes.join(",")}`);
  if (filter.pillar) words.push(`${en ? "pillar" : "pijler"} ${filter.pillar}`);
  for (const status of filter.statuses ?? []) words.push(`status ${statusLabel(status, locale)}`);
  if (filter.scope) words.push(`scope ${filter.scope}`);
  if (filter.trekker) words.push(`${en ? "lead" : "trekker"} ${filter.trekker}`);
  return words.join(" ");
}
