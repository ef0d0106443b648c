import { commandPhrase, commandWords, HOLIDAY_WORDS, SUBCOMMAND_WORDS } from "../commands/vocabulary.js";
import { backupEn } from "./backup-en.js";
import { channelEn } from "./channel-en.js";
import { chartsEn } from "./charts-en.js";
import { dashboardEn } from "./dashboard-en.js";
import { digestEn } from "./digest-en.js";
import { escalationsEn } from "./escalations-en.js";
import { fundingEn } from "./funding-en.js";
import { goalsEn } from "./goals-en.js";
import { leadersEn } from "./leaders-en.js";
import { mailEn } from "./mail-en.js";
import { notInstalledEn } from "./not-installed-en.js";
import { parseEn } from "./parse-en.js";
import { peopleEn } from "./people-en.js";
import { privacyEn } from "./privacy-en.js";
import { regionRoutingEn } from "./region-routing-en.js";
import { regionsEn } from "./regions-en.js";
import { reportEn } from "./report-en.js";
import { roundsEn } from "./rounds-en.js";
import { startupEn } from "./startup-en.js";
import { teamsReachEn } from "./teams-reach-en.js";
import type { Texts } from "./texts.js";
import { formatAgo, formatDate, formatDateTime } from "./time.js";

const COMMAND_WORD = commandWords("en");

export const en = {
  help: {
    title: "Doe-agenda: commands",
    intro: "Keep the actions of the regional action agenda up to date:",
    readOnly: "You can read everything. Want to update actions? Ask the project leader to link you as a lead.",
    leadFooter: "You are a project leader: you can also assign leads and link channels to an overleg.",
    mentionOnly: (botName) =>
      `In this channel I answer only when you @mention me: type @${botName} before the command, for example \`@${botName} ${COMMAND_WORD.help}\`. In a personal chat with me there is no need.`,
    commands: {
      help: { usage: `${COMMAND_WORD.help} [command]`, description: "this help" },
      mijn: { usage: COMMAND_WORD.mijn, description: "your actions, with their status" },
      toon: { usage: `${COMMAND_WORD.toon} 1.3`, description: "one action: fields, status, last updates" },
      lijst: {
        usage: `${COMMAND_WORD.lijst} [theme 4 | pillar werk naar werk | status to be worked out | scope ijmond]`,
        description: "actions, filtered",
      },
      zoek: { usage: `${COMMAND_WORD.zoek} <text>`, description: "search titles, leads, funding and notes" },
      status: { usage: `${COMMAND_WORD.status} 1.3 running <explanation>`, description: "change the status (without arguments: a form)" },
      notitie: { usage: `${COMMAND_WORD.notitie} 1.3 <text>`, description: "record progress without changing the status" },
      doel: { usage: `${COMMAND_WORD.doel} 1.3 <description> <target> [unit] [by 31-12-2026]`, description: "record a goal of an action" },
      meting: {
        usage: `${COMMAND_WORD.meting} 1.3 <goal> <value> [explanation]`,
        description: `record a measured value of a goal; \`${COMMAND_WORD.lijst} overdue\` shows what is past its date`,
      },
      escaleer: { usage: `${COMMAND_WORD.escaleer} 1.3 [OVERLEG:] <question>`, description: "put a question to a regional overleg" },
      escalaties: { usage: `${COMMAND_WORD.escalaties} [overleg]`, description: "the open escalations, oldest first" },
      antwoord: {
        usage: `${COMMAND_WORD.antwoord} 12 <text>`,
        description: "answer and close an escalation (project leader, or in a channel of the overleg)",
      },
      financiering: fundingEn.help,
      sluit: {
        usage: `${COMMAND_WORD.sluit} 12 <reason>`,
        description: "close an escalation without an answer (project leader, or in a channel of the overleg)",
      },
      trekker: {
        usage: `${COMMAND_WORD.trekker} 1.3 [1.4 …] @person [@person …] (or: ${COMMAND_WORD.trekker} 1.3 ${SUBCOMMAND_WORDS.remove.en} @person)`,
        description: "assign or remove leads, several at once too",
      },
      trekkers: { usage: `${COMMAND_WORD.trekkers} [1.3 | organisation]`, description: "who leads which action, and how the bot reaches them" },
      taal: { usage: `${COMMAND_WORD.taal} nl|en`, description: "the language the bot writes to you in" },
      koppel: { usage: `${COMMAND_WORD.koppel} <overleg>`, description: "link this channel to an overleg (for the weekly digest)" },
      digest: {
        usage: `${COMMAND_WORD.digest} [overleg] · ${commandPhrase("digest", "now", "en")} · ${commandPhrase("digest", "schedule", "en")} [friday 14:00] [${HOLIDAY_WORDS.skip.en}] · ${commandPhrase("digest", "language", "en")} [nl | en]`,
        description: `preview the weekly digest; in a linked channel (project leader): \`${commandPhrase("digest", "now", "en")}\` — post it now, \`${commandPhrase("digest", "schedule", "en")}\` — day and time, \`${commandPhrase("digest", "language", "en")}\` — language`,
      },
      herinner: {
        usage: `${COMMAND_WORD.herinner} [theme 4 | status running | …] · ${commandPhrase("herinner", "start", "en")}`,
        description: "prepare and start a reminder round (project leader)",
      },
      ronde: {
        usage: `${COMMAND_WORD.ronde} · ${commandPhrase("ronde", "close", "en")}`,
        description: `who answered in the open round; \`${commandPhrase("ronde", "close", "en")}\` — closes the open round now, with a summary (project leader)`,
      },
      dashboard: { usage: COMMAND_WORD.dashboard, description: "a personal link to the dashboard with charts and the full history" },
      persoon: privacyEn.help,
      leider: leadersEn.help,
      rapport: { usage: `${COMMAND_WORD.rapport} [2026-Q4]`, description: "the quarterly council report as PDF, Word, Excel or Markdown" },
    },
    examples: `Examples: \`${COMMAND_WORD.toon} 1.3\` · \`${COMMAND_WORD.lijst} theme 4\` · \`${COMMAND_WORD.status} 2.5 running first candidates placed\``,
  },
  parse: parseEn,
  errors: {
    unknownAction: (code, suggestions) =>
      `Action \`${code}\` does not exist.${suggestions.length ? ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(" or ")}?` : ""}`,
    unknownActionHint: `\`${COMMAND_WORD.lijst}\` shows every action with its code.`,
    notYourAction: (code) => `You are not a lead of action ${code}, so you cannot change it.`,
    notYourActionHint: (code) =>
      `Only the leads of ${code} and the project leader can update it. Is it yours? Ask the project leader: \`${COMMAND_WORD.trekker} ${code} @you\`.`,
    leaderOnly: (command) => `Only the project leader can use \`${command}\`.`,
    leaderOnlyHint: leadersEn.leaderOnlyHint,
    unknownUser: "You are not known in the action agenda (yet), so you can read but not change anything.",
    unknownUserHint: `Ask the project leader to link you as lead of your actions (\`${COMMAND_WORD.trekker} 1.3 @you\`).`,
    unknownOverleg: (given, codes) => `I do not know the overleg \`${given}\`. Choose from: ${codes.join(", ")}.`,
    unknownPillar: (given, names) => `I do not know the pillar \`${given}\`. Choose from: ${names.join(", ")}.`,
    unknownTheme: (numbers, known) => `Theme ${numbers.join(", ")} does not exist. The themes are ${known.join(", ")}.`,
    mentionUnresolved: (given) => `I cannot find ${given}, or no e-mail address is known for them.`,
    mentionHint: `Name the person by e-mail address, for example \`${COMMAND_WORD.trekker} 1.3 name@municipality.nl\`.`,
    notInChannel: `\`${COMMAND_WORD.koppel}\` only works in a Slack or Teams channel: type it in the channel that should receive the digest.`,
    botNotInChannel: (overleg) => `The bot is not in this channel, so it cannot post a digest here; the channel was not linked to ${overleg}.`,
    botNotInChannelHint: `Invite the bot with \`/invite @Doe-agenda\` and type \`${COMMAND_WORD.koppel}\` again. A public channel also works without an invitation when the app has the scope \`chat:write.public\` (reinstall it with the manifest).`,
    cannotCheckChannel: (scope) =>
      `I cannot check whether the bot may post in this channel: the Slack app lacks the scope \`${scope}\`. The channel was not linked.`,
    cannotCheckChannelHint: "Ask the administrator to reinstall the app with the manifest from `manifests/slack`, then try again.",
    internal: "Something went wrong on our side; nothing was saved. Please try again in a moment.",
    invalidButton: "This button is not valid (any more); nothing was saved.",
    invalidButtonHint: `Type \`${COMMAND_WORD.help}\` for the commands that do the same.`,
    unknownTenant: "This bot is not available to your organisation; nothing was saved. Please contact the administrator of the action agenda.",
  },
  done: {
    statusChanged: (code, from, to) => `Status of ${code} changed: ${from} → ${to}.`,
    statusConfirmed: (code, status) => `Status of ${code} confirmed: ${status}.`,
    noteAdded: (code) => `Note on ${code} saved.`,
    leadAdded: (code, person) => `${person} is now a lead of ${code}.`,
    leadAlready: (code, person) => `${person} already was a lead of ${code}.`,
    leadRemoved: (code, person) => `${person} is no longer a lead of ${code}.`,
    leadWasNot: (code, person) => `${person} was not a lead of ${code}; nothing changed.`,
    linked: (overleg, previous) => `This channel is linked to ${overleg}${previous && previous !== overleg ? ` (was: ${previous})` : ""}.`,
    linkedHint: `The channel gets the digest of this overleg's themes every Monday at 09:00; change that with \`${commandPhrase("digest", "schedule", "en")} friday 14:00\`.`,
  },
  fields: {
    theme: "Theme",
    pillar: "Pillar",
    targetGroup: "Target group",
    scope: "Scope",
    status: "Status",
    trekkers: "Lead organisation(s)",
    financiering: "Funding",
    leads: "Leads in chat",
    lastUpdate: "Last update",
    history: "Recent changes",
    notes: "Notes",
    noLeads: "nobody linked yet",
    openDecision: "open decision",
  },
  buttons: { update: "Update", confirm: "Unchanged", notMine: "Not my action", show: "Show" },
  list: {
    title: (count) => `${count} ${count === 1 ? "action" : "actions"}`,
    filtered: (description) => `Filter: ${description}`,
    empty: "No actions match this filter.",
    emptyHint: `Try a wider filter, or \`${COMMAND_WORD.lijst}\` without a filter.`,
    more: (shown, total) => `Showing ${shown} of ${total}. Narrow it down with a filter, for example \`${COMMAND_WORD.lijst} theme 4\`.`,
    filterTheme: (themes) => `${themes.length === 1 ? "theme" : "themes"} ${themes.map((theme) => `${theme.number} (${theme.title})`).join(", ")}`,
    filterPillar: (name) => `pillar ${name}`,
    filterStatus: (labels) => `status ${labels.join(" or ")}`,
    filterScope: (scope) => `scope contains "${scope}"`,
    filterTrekker: (trekker) => `lead contains "${trekker}"`,
  },
  mine: {
    title: (count) => `Your actions (${count})`,
    none: "You are not a lead of any action yet.",
    noneHint: `Ask the project leader to link you: \`${COMMAND_WORD.trekker} 1.3 @you\`.`,
    notLinked: "I do not know who you are in the action agenda yet.",
    confirmedItem: (status) => `${status} · confirmed`,
    alreadyAnswered: (code) => `${code} has already been updated or confirmed since this list was shown.`,
    alreadyAnsweredHint: "Nothing was stored. Has the status changed after all? Choose *Update*.",
  },
  search: {
    title: (text, count) => `${count} ${count === 1 ? "result" : "results"} for "${text}"`,
    none: (text) => `Nothing found for "${text}".`,
    noneHint: `Search for part of a word, for example \`${COMMAND_WORD.zoek} training\` or \`${COMMAND_WORD.zoek} UWV\`.`,
    inNote: "in a note",
  },
  statusForm: {
    title: "Update status",
    prompt: "Choose an action and its new status.",
    cli: (code) => `Give the new status: \`${COMMAND_WORD.status} ${code ?? "1.3"} running <explanation>\`.`,
    action: "Action",
    status: "New status",
    note: "Explanation",
    notePlaceholder: "What happened, what is the next step?",
    submit: "Save",
    cancel: "Cancel",
    noActions: "You are not a lead of any action yet, so there is nothing to update.",
    errors: {
      action: "Choose an action.",
      status: "Choose a status.",
      noteTooLong: (max) => `The explanation can be at most ${max} characters long.`,
      noteControlCharacter: (character) => `The explanation contains an invisible control character (${character}). Remove it and try again.`,
      unknownAction: (code) => `Action ${code} does not exist (any more).`,
    },
    saved: "Saved.",
  },
  digest: digestEn,
  rounds: roundsEn,
  people: peopleEn,
  channel: channelEn,
  escalations: escalationsEn,
  funding: fundingEn,
  goals: goalsEn,
  charts: chartsEn,
  teamsReach: teamsReachEn,
  mail: mailEn,
  dashboard: dashboardEn,
  privacy: privacyEn,
  regionRouting: regionRoutingEn,
  notInstalled: notInstalledEn,
  leaders: leadersEn,
  regions: regionsEn,
  report: reportEn,
  delivery: {
    failed: (summary, where, error) => `A message could not be delivered to ${where}: "${summary}" (${error}).`,
    failedHint: "Check that the bot is still in that channel and has the right permissions; the message was not rescheduled.",
    notInChannel: (summary, where) => `"${summary}" was not delivered to ${where}: the bot is not (or no longer) in that channel.`,
    notInChannelHint:
      "Invite the bot to that channel with `/invite @Doe-agenda` (for a public channel the scope `chat:write.public` also does); the message was not rescheduled, but the next weekly digest will arrive.",
    notFound: (summary, email, platform) => `Nobody in ${platform} has the address ${email}, so "${summary}" was not delivered.`,
    notFoundHint: `Link the lead with the address they use in chat (\`${COMMAND_WORD.trekker} 1.3 name@municipality.nl\`), or ask them to open the bot once.`,
    expired: (summary, where, platform) =>
      `"${summary}" was not delivered to ${where}: ${platform} did not take it while it was still useful (too many messages at once, or an outage).`,
    expiredHint: "The message was not rescheduled. Send what is still needed yourself, or wait for the next reminder or weekly digest.",
  },
  home: {
    title: "Action agenda",
    mine: "Your actions",
    agenda: "The agenda per pillar",
    pillar: (name, total) => `${name} (${total} ${total === 1 ? "action" : "actions"})`,
    hint: `Type \`/actie ${COMMAND_WORD.help}\` for all commands.`,
  },
  history: {
    entry: (from, to) => (from ? `${from} → ${to}` : `start: ${to}`),
    confirmed: (status) => `confirmed: ${status}`,
    by: (name) => `by ${name}`,
    via: {
      slack: "via Slack",
      teams: "via Teams",
      cli: "via the CLI",
      import: "via the import",
      system: "by the system",
      mail: "by e-mail",
      web: "via the update page",
    },
  },
  time: {
    ago: (date, now) => formatAgo(date, now, "en"),
    date: (date) => formatDate(date, "en"),
    dateTime: (date) => formatDateTime(date, "en"),
    noUpdateSinceImport: "no update since the import",
    importedOn: (date) => `none yet (imported on ${date})`,
  },
  cli: {
    usage: `Usage:
  npm run cli -- <command> [--as <email>] [--lang nl|en]     run a bot command, e.g. "toon 1.3" or "lijst thema 4"
  npm run cli -- import <file>                               load or update an agenda file (YAML or JSON)
${reportEn.usage}
  npm run cli -- people import <file>                        link leads from a people file (CSV: email;name;organization;language;actions)
  npm run cli -- people export [--out <file>]                write the people file
${privacyEn.cliUsage}${regionsEn.cliUsage}${backupEn.usage}
Environment: DATA_DIR (default ./data) or DATABASE_URL, LEADER_EMAILS, DEFAULT_LOCALE (nl or en).`,
    needsValue: (option) => `--${option} needs a value.`,
    importNeedsFile: "import needs exactly one file: npm run cli -- import agenda/mijn-regio.yaml",
    exportNeedsFormat: "export needs --format json, csv or md: npm run cli -- export --format csv",
    formatInvalid: (given) => `--format must be json, csv, csv-nl or md (got "${given}").`,
    asInvalid: (given) => `--as needs an e-mail address (got "${given}").`,
    langInvalid: (given) => `--lang must be nl or en (got "${given}").`,
    imported: (name, slug, actions, themes, overleggen) =>
      `Imported ${name} (${slug}): ${actions} ${actions === 1 ? "action" : "actions"}, ${themes} ${themes === 1 ? "theme" : "themes"}, ${overleggen} ${overleggen === 1 ? "overleg" : "overleggen"}.`,
    importCounts: (created, updated, unchanged, retired) => `${created} created, ${updated} updated, ${unchanged} unchanged, ${retired} retired.`,
    statusKept: (codes) => `Status differs from the file for ${codes.join(", ")}: the status set in the bot is kept (see its history).`,
    wrote: (count, file) => `Wrote ${count} ${count === 1 ? "action" : "actions"} to ${file}`,
    locked: (dataDir, pid) =>
      `The data folder ${dataDir} is in use by another running process (pid ${pid}). Stop that process first (for example the running bot, or another CLI command), or point DATA_DIR to another folder.`,
    agendaInvalid: (file, problems) => `The agenda file ${file} is not valid:\n${problems}\nFix the file and run again; nothing was stored.`,
    damaged: (detail) => `The database looks damaged: ${detail}. Restore the data folder (DATA_DIR) or the PostgreSQL database from a backup.`,
  },
  backup: backupEn,
  startup: startupEn,
} satisfies Texts;
