import { commandPhrase, commandWords } from "../commands/vocabulary.js";
import { codeList } from "./code-list.js";
import { roundsEn } from "./rounds-en.js";
import type { DigestTexts } from "./texts.js";

const COMMAND_WORD = commandWords("en");

export const digestEn = {
  title: (overleg, date) => `Weekly digest ${overleg} · ${date}`,
  scope: (themes) => `Themes: ${themes}`,
  changesSince: (date) => `What changed since ${date}`,
  noChanges: (date) => `No changes or notes since ${date}.`,
  changed: (from, to) => `${from} → ${to}`,
  confirmed: (status) => `confirmed: ${status}`,
  note: "note",
  earlierChanges: (count, code) => `… and ${count} earlier ${count === 1 ? "change" : "changes"}: \`${COMMAND_WORD.toon} ${code}\``,
  moreActions: (codes) =>
    `… and ${codes.length} more ${codes.length === 1 ? "action" : "actions"} with changes (${codeList(codes)}). See them with \`${COMMAND_WORD.toon} ${codes[0] ?? "1.3"}\`.`,
  open: (count) => `Still to be worked out (${count})`,
  lastUpdate: (ago) => `last update ${ago}`,
  escalations: (count) => `Open escalations (${count})`,
  noEscalations: "No open escalations.",
  round: (answered, total) => `Reminder round: ${roundsEn.responseRate(answered, total)}.`,
  notLinked: "This channel is not linked to an overleg, so it has no weekly digest.",
  notLinkedHint: `Link it with \`${COMMAND_WORD.koppel} RWB\`, or look at an overleg's digest with \`${COMMAND_WORD.digest} RWB\`.`,
  postNow: (overleg) => `The weekly digest of ${overleg} will be posted in this channel in a moment.`,
  alreadyQueued: "The weekly digest is already queued; nothing was sent twice.",
  nowNeedsChannel: `\`${commandPhrase("digest", "now", "en")}\` works in a channel linked to an overleg: type it there.`,
  scheduleIs: (overleg, when) => `The weekly digest of ${overleg} comes to this channel ${when} (Dutch time).`,
  scheduleHint: `The project leader changes this with, for example, \`${commandPhrase("digest", "schedule", "en")} friday 14:00\`.`,
  scheduleSet: (overleg, when) => `From now on the weekly digest of ${overleg} comes to this channel ${when} (Dutch time).`,
  scheduleInvalid: (given) => `\`${given}\` is not a day with a time.`,
  scheduleInvalidHint: `Write for example \`${commandPhrase("digest", "schedule", "en")} friday 14:00\` or \`${commandPhrase("digest", "schedule", "en")} weekdays 08:30\`, or a cron expression such as \`${commandPhrase("digest", "schedule", "en")} 0 9 * * 1\`.`,
  noThemes: (overleg) => `${overleg} has no pillars or themes in the agenda, so there is nothing to report.`,
} satisfies DigestTexts;
