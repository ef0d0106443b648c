/** Every user-facing string of the core, in one typed catalog per locale. */
import type { CommandName, ParseError } from "../commands/types.js";

export interface CommandHelp {
  usage: string;
  description: string;
}

export interface Texts {
  help: {
    title: string;
    intro: string;
    readOnly: string;
    leadFooter: string;
    commands: Record<CommandName, CommandHelp>;
    examples: string;
  };
  parse: (error: ParseError) => { problem: string; hint: string };
  errors: {
    unknownAction: (code: string, suggestions: string[]) => string;
    unknownActionHint: string;
    notYourAction: (code: string) => string;
    notYourActionHint: (code: string) => string;
    leaderOnly: (command: string) => string;
    leaderOnlyHint: string;
    unknownUser: string;
    unknownUserHint: string;
    unknownOverleg: (given: string, codes: string[]) => string;
    unknownPillar: (given: string, names: string[]) => string;
    unknownTheme: (numbers: number[], known: number[]) => string;
    mentionUnresolved: (given: string) => string;
    mentionHint: string;
    notInChannel: string;
    internal: string;
    invalidButton: string;
    invalidButtonHint: string;
    unknownTenant: string;
  };
  done: {
    statusChanged: (code: string, from: string, to: string) => string;
    statusConfirmed: (code: string, status: string) => string;
    noteAdded: (code: string) => string;
    escalated: (code: string, overleg: string | null) => string;
    leadAdded: (code: string, person: string) => string;
    leadAlready: (code: string, person: string) => string;
    leadRemoved: (code: string, person: string) => string;
    leadWasNot: (code: string, person: string) => string;
    linked: (overleg: string, previous: string | null) => string;
    linkedHint: string;
  };
  fields: {
    theme: string;
    pillar: string;
    targetGroup: string;
    scope: string;
    status: string;
    trekkers: string;
    financiering: string;
    leads: string;
    lastUpdate: string;
    history: string;
    notes: string;
    escalations: string;
    noLeads: string;
    openDecision: string;
  };
  buttons: { update: string; confirm: string; notMine: string; show: string };
  list: {
    title: (count: number) => string;
    filtered: (description: string) => string;
    empty: string;
    emptyHint: string;
    more: (shown: number, total: number) => string;
    filterTheme: (numbers: number[]) => string;
    filterPillar: (name: string) => string;
    filterStatus: (labels: string[]) => string;
    filterScope: (scope: string) => string;
    filterTrekker: (trekker: string) => string;
  };
  mine: { title: (count: number) => string; none: string; noneHint: string; notLinked: string };
  search: { title: (text: string, count: number) => string; none: (text: string) => string; noneHint: string; inNote: string };
  statusForm: {
    title: string;
    prompt: string;
    cli: (code?: string) => string;
    action: string;
    status: string;
    note: string;
    notePlaceholder: string;
    submit: string;
    cancel: string;
    noActions: string;
    errors: {
      action: string;
      status: string;
      noteTooLong: (max: number) => string;
      noteControlCharacter: (character: string) => string;
      unknownAction: (code: string) => string;
    };
    saved: string;
  };
  digest: {
    title: (overleg: string, date: string) => string;
    scope: (themes: string) => string;
    changesSince: (date: string) => string;
    noChanges: (date: string) => string;
    changed: (from: string, to: string) => string;
    confirmed: (status: string) => string;
    note: string;
    more: (count: number) => string;
    open: (count: number) => string;
    lastUpdate: (ago: string) => string;
    escalations: (count: number) => string;
    noEscalations: string;
    round: (answered: number, total: number, percent: number) => string;
    notLinked: string;
    notLinkedHint: string;
    postNow: (overleg: string) => string;
    alreadyQueued: string;
    nowNeedsChannel: string;
    noThemes: (overleg: string) => string;
    scheduleIs: (overleg: string, when: string) => string;
    scheduleHint: string;
    scheduleSet: (overleg: string, when: string) => string;
    scheduleInvalid: (given: string) => string;
    scheduleInvalidHint: string;
  };
  rounds: RoundTexts;
  delivery: {
    failed: (summary: string, where: string, error: string) => string;
    failedHint: string;
    notFound: (summary: string, email: string, platform: string) => string;
    notFoundHint: string;
    /** Not sent while it was still worth sending (the platform kept answering "too many requests"). */
    expired: (summary: string, where: string, platform: string) => string;
    expiredHint: string;
  };
  home: { title: string; mine: string; agenda: string; pillar: (name: string, total: number) => string; hint: string };
  history: {
    entry: (from: string | null, to: string) => string;
    confirmed: (status: string) => string;
    by: (name: string) => string;
    via: (channel: string) => string;
  };
  time: { ago: (date: Date, now: Date) => string; date: (date: Date) => string };
}

/** Reminder rounds: the leader's preview and status, the leads' messages, the summary. */
export interface RoundTexts {
  previewTitle: (actions: number, leads: number) => string;
  defaultFilter: (weeks: number) => string;
  filter: (description: string) => string;
  leadsHeading: string;
  unreachable: string;
  withoutLeadHeading: (count: number) => string;
  withoutLeadHint: string;
  unreachableHeading: (count: number) => string;
  unreachableHint: string;
  timeline: (followUp: string, closes: string) => string;
  startButton: string;
  startHint: (command: string) => string;
  nothingToDo: string;
  nothingToDoHint: string;
  alreadyOpen: (started: string) => string;
  alreadyOpenHint: string;
  started: (leads: number, actions: number) => string;
  startedHint: string;
  automaticStarted: (leads: number, actions: number) => string;
  reminderTitle: string;
  reminderIntro: (who: string | null, count: number, closes: string) => string;
  reminderHint: string;
  nudgeTitle: string;
  nudgeIntro: (count: number, closes: string) => string;
  none: string;
  noneHint: string;
  statusTitle: (started: string, answered: number, total: number, percent: number) => string;
  closedTitle: (started: string, answered: number, total: number, percent: number) => string;
  statusTimeline: (followUp: string | null, closes: string, followedUp: boolean) => string;
  counts: (updated: number, unchanged: number, notMine: number, open: number) => string;
  answeredHeading: (count: number) => string;
  unansweredHeading: (count: number) => string;
  notMineHeading: (count: number) => string;
  notMineLine: (code: string, name: string) => string;
  notMineHint: string;
  closeHint: string;
  summaryTitle: (answered: number, total: number, percent: number) => string;
  answer: { updated: string; unchanged: string; "not-mine": string };
  recorded: (code: string) => string;
  allAnswered: string;
  notMineRecorded: (code: string) => string;
  notMineRecordedHint: string;
  notMineNotice: (name: string, code: string, title: string) => string;
  notMineNoticeHint: (code: string) => string;
  noOpenRound: string;
  scheduledSkipped: (started: string) => string;
  scheduledSkippedHint: string;
  invalidButton: string;
  invalidButtonHint: string;
}
