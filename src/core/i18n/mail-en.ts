/** English texts of e-mail to leads outside chat, the no-account update page, and the preview's reach. */
import type { MailTexts } from "./texts.js";

export const mailEn: MailTexts = {
  via: { slack: "by Slack", teams: "by Teams", mail: "by e-mail" },
  viaLookup: "by Slack (looked up by e-mail address)",
  unreachableWhy: "no Slack or Teams account known, and e-mail is off (SMTP_URL is not set)",
  linkLine: (url) => `Update your actions on this page (no account needed): ${url}`,
  linkExpires: (date) => `The link is personal and valid until ${date}. Please do not forward it.`,
  failedPlatform: "e-mail",
  failedHint:
    "The mail server refused the message for good: check the lead's e-mail address (`mensen import` or the agenda) and start a new round if needed.",
  page: {
    title: "Update your actions",
    intro: (name, count, closes) =>
      `Hello ${name}, the project leader asks you to update ${count === 1 ? "your action" : `your ${count} actions`} before ${closes}. Choose what applies for each action.`,
    skip: "Skip to content",
    switchTo: "Nederlands",
    switchLabel: "This page in Dutch",
    status: "Status",
    note: "Note (optional)",
    noteHelp: "What changed, or what is still open?",
    goals: "Measured values",
    save: "Save",
    unchanged: "Unchanged",
    unchangedHelp: "The status is still right.",
    notMine: "Not my action",
    notMineHelp: "The project leader hears it and looks for the right lead.",
    answered: (answer) => `Answered: ${answer}`,
    allDone: "Thank you: every action in this round is answered. You can close this page.",
    saved: (code) => `Saved for ${code}.`,
    errorsHeading: "Something went wrong",
    fixField: "Correct the field and try again.",
    notInRound: (code) => `Action ${code} is not part of your round; nothing was saved.`,
    footer: "This page belongs to the round of the regional action agenda; your answers count just as in chat.",
    invalidTitle: "This link does not work",
    invalid: "The link is incomplete or was changed. Use the link from your e-mail exactly as it is.",
    expiredTitle: "This link has expired",
    expired: "The link in your e-mail is no longer valid. Ask the project leader for a new round, or update your actions in chat.",
    closedTitle: "This round is closed",
    closed: "The round you got this link for has closed; answers are no longer taken. Thank you for your time.",
  },
};
