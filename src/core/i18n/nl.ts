import type { CommandName } from "../commands/types.js";
import { commandPhrase, commandWords, HOLIDAY_WORDS, SUBCOMMAND_WORDS } from "../commands/vocabulary.js";
import { backupNl } from "./backup-nl.js";
import { channelNl } from "./channel-nl.js";
import { chartsNl } from "./charts-nl.js";
import { dashboardNl } from "./dashboard-nl.js";
import { digestNl } from "./digest-nl.js";
import { escalationsNl } from "./escalations-nl.js";
import { fundingNl } from "./funding-nl.js";
import { goalsNl } from "./goals-nl.js";
import { leadersNl } from "./leaders-nl.js";
import { changeChannelsNl, mailNl } from "./mail-nl.js";
import { notInstalledNl } from "./not-installed-nl.js";
import { parseNl } from "./parse-nl.js";
import { peopleNl } from "./people-nl.js";
import { privacyNl } from "./privacy-nl.js";
import { regionRoutingNl } from "./region-routing-nl.js";
import { regionsNl } from "./regions-nl.js";
import { reportNl } from "./report-nl.js";
import { roundsNl } from "./rounds-nl.js";
import { startupNl } from "./startup-nl.js";
import { teamsReachNl } from "./teams-reach-nl.js";
import type { CommandHelp } from "./texts.js";
import { formatAgo, formatDate, formatDateTime } from "./time.js";

const COMMAND_WORD = commandWords("nl");

/** The Dutch catalog; its shape is the type of every catalog (`Texts`). */
export const nl = {
  help: {
    title: "Doe-agenda: opdrachten",
    intro: "Zo houd je de acties van de regionale doe-agenda bij:",
    readOnly: "Je kunt alles lezen. Wil je acties bijwerken? Vraag de projectleider je als trekker te koppelen.",
    leadFooter: "Je bent projectleider: je kunt ook trekkers koppelen en kanalen aan een overleg koppelen.",
    mentionOnly: (botName: string) =>
      `In dit kanaal reageer ik alleen als je me noemt: typ @${botName} voor de opdracht, bijvoorbeeld \`@${botName} ${COMMAND_WORD.help}\`. In een persoonlijke chat met mij hoeft dat niet.`,
    commands: {
      help: { usage: `${COMMAND_WORD.help} [opdracht]`, description: "deze uitleg" },
      mijn: { usage: COMMAND_WORD.mijn, description: "jouw acties, met hun status" },
      toon: { usage: `${COMMAND_WORD.toon} 1.3`, description: "één actie: gegevens, status, laatste updates" },
      lijst: {
        usage: `${COMMAND_WORD.lijst} [thema 4 | pijler werk naar werk | status nader uit te werken | scope ijmond]`,
        description: "acties, gefilterd",
      },
      zoek: { usage: `${COMMAND_WORD.zoek} <tekst>`, description: "zoek in titels, trekkers, financiering en notities" },
      status: { usage: `${COMMAND_WORD.status} 1.3 loopt <toelichting>`, description: "status wijzigen (zonder argumenten: formulier)" },
      notitie: { usage: `${COMMAND_WORD.notitie} 1.3 <tekst>`, description: "voortgang vastleggen zonder de status te wijzigen" },
      doel: {
        usage: `${COMMAND_WORD.doel} 1.3 <omschrijving> <streefwaarde> [eenheid] [per 31-12-2026]`,
        description: "een doel van een actie vastleggen",
      },
      meting: {
        usage: `${COMMAND_WORD.meting} 1.3 <doel> <waarde> [toelichting]`,
        description: `een gemeten waarde van een doel vastleggen; \`${COMMAND_WORD.lijst} verlopen\` toont wat over de datum is`,
      },
      escaleer: { usage: `${COMMAND_WORD.escaleer} 1.3 [OVERLEG:] <vraag>`, description: "een vraag voorleggen aan een regionaal overleg" },
      escalaties: { usage: `${COMMAND_WORD.escalaties} [overleg]`, description: "de open escalaties, de oudste eerst" },
      antwoord: {
        usage: `${COMMAND_WORD.antwoord} 12 <tekst>`,
        description: "een escalatie beantwoorden en sluiten (projectleider, of in een kanaal van het overleg)",
      },
      financiering: fundingNl.help,
      sluit: {
        usage: `${COMMAND_WORD.sluit} 12 <reden>`,
        description: "een escalatie sluiten zonder antwoord (projectleider, of in een kanaal van het overleg)",
      },
      trekker: {
        usage: `${COMMAND_WORD.trekker} 1.3 [1.4 …] @persoon [@persoon …] (of: ${COMMAND_WORD.trekker} 1.3 ${SUBCOMMAND_WORDS.remove.nl} @persoon)`,
        description: "trekkers koppelen of ontkoppelen, ook meerdere tegelijk",
      },
      trekkers: { usage: `${COMMAND_WORD.trekkers} [1.3 | organisatie]`, description: "wie welke actie trekt, en hoe de bot hen bereikt" },
      taal: { usage: `${COMMAND_WORD.taal} nl|en`, description: "de taal waarin de bot je schrijft" },
      koppel: { usage: `${COMMAND_WORD.koppel} <overleg>`, description: "dit kanaal koppelen aan een overleg (voor de wekelijkse digest)" },
      digest: {
        usage: `${COMMAND_WORD.digest} [overleg] · ${commandPhrase("digest", "now", "nl")} · ${commandPhrase("digest", "schedule", "nl")} [vrijdag 14:00] [${HOLIDAY_WORDS.skip.nl}] · ${commandPhrase("digest", "language", "nl")} [nl | en]`,
        description: `het weekoverzicht bekijken; in een gekoppeld kanaal (projectleider): \`${commandPhrase("digest", "now", "nl")}\` — nu plaatsen, \`${commandPhrase("digest", "schedule", "nl")}\` — dag en tijd, \`${commandPhrase("digest", "language", "nl")}\` — taal`,
      },
      herinner: {
        usage: `${COMMAND_WORD.herinner} [thema 4 | status loopt | …] · ${commandPhrase("herinner", "start", "nl")}`,
        description: "een herinneringsronde voorbereiden en starten (projectleider)",
      },
      ronde: {
        usage: `${COMMAND_WORD.ronde} · ${commandPhrase("ronde", "close", "nl")}`,
        description: `wie heeft gereageerd in de lopende ronde; \`${commandPhrase("ronde", "close", "nl")}\` — sluit de lopende ronde nu, met een samenvatting (projectleider)`,
      },
      dashboard: { usage: COMMAND_WORD.dashboard, description: "een persoonlijke link naar het dashboard met grafieken en de hele geschiedenis" },
      persoon: privacyNl.help,
      leider: leadersNl.help,
      rapport: { usage: `${COMMAND_WORD.rapport} [2026-K4]`, description: "het kwartaalrapport voor de raad, als PDF, Word, Excel of Markdown" },
    } satisfies Record<CommandName, CommandHelp>,
    examples: `Voorbeelden: \`${COMMAND_WORD.toon} 1.3\` · \`${COMMAND_WORD.lijst} thema 4\` · \`${COMMAND_WORD.status} 2.5 loopt eerste kandidaten geplaatst\``,
  },
  parse: parseNl,
  errors: {
    unknownAction: (code: string, suggestions: string[]) =>
      `Actie \`${code}\` bestaat niet.${suggestions.length ? ` Bedoel je ${suggestions.map((s) => `\`${s}\``).join(" of ")}?` : ""}`,
    unknownActionHint: `\`${COMMAND_WORD.lijst}\` toont alle acties met hun code.`,
    notYourAction: (code: string) => `Je bent geen trekker van actie ${code}, dus je kunt haar niet wijzigen.`,
    notYourActionHint: (code: string) =>
      `Alleen trekkers van ${code} en de projectleider kunnen haar bijwerken. Hoort deze actie bij jou? Vraag de projectleider: \`${COMMAND_WORD.trekker} ${code} @jij\`.`,
    leaderOnly: (command: string) => `Alleen de projectleider kan \`${command}\` gebruiken.`,
    leaderOnlyHint: leadersNl.leaderOnlyHint,
    unknownUser: "Je bent (nog) niet bekend in de doe-agenda, dus je kunt lezen maar niets wijzigen.",
    unknownUserHint: `Vraag de projectleider je als trekker aan je acties te koppelen (\`${COMMAND_WORD.trekker} 1.3 @jij\`).`,
    unknownOverleg: (given: string, codes: string[]) => `Overleg \`${given}\` ken ik niet. Kies uit: ${codes.join(", ")}.`,
    unknownPillar: (given: string, names: string[]) => `Pijler \`${given}\` ken ik niet. Kies uit: ${names.join(", ")}.`,
    unknownTheme: (numbers: number[], known: number[]) => `Thema ${numbers.join(", ")} bestaat niet. De thema's zijn ${known.join(", ")}.`,
    mentionUnresolved: (given: string) => `Ik kan ${given} niet vinden of er is geen e-mailadres van bekend.`,
    mentionHint: `Noem de persoon met een e-mailadres, bijvoorbeeld \`${COMMAND_WORD.trekker} 1.3 naam@gemeente.nl\`.`,
    notInChannel: `\`${COMMAND_WORD.koppel}\` werkt alleen in een kanaal van Slack of Teams: typ het in het kanaal dat de digest moet krijgen.`,
    botNotInChannel: (overleg: string) =>
      `De bot zit niet in dit kanaal en kan er dus geen digest plaatsen; het kanaal is niet gekoppeld aan ${overleg}.`,
    botNotInChannelHint: `Nodig de bot uit met \`/invite @Doe-agenda\` en typ \`${COMMAND_WORD.koppel}\` opnieuw. Een openbaar kanaal kan ook zonder uitnodiging als de app de scope \`chat:write.public\` heeft (installeer haar opnieuw met het manifest).`,
    cannotCheckChannel: (scope: string) =>
      `Ik kan niet nagaan of de bot in dit kanaal mag posten: de Slack-app mist de scope \`${scope}\`. Het kanaal is niet gekoppeld.`,
    cannotCheckChannelHint: "Vraag de beheerder de app opnieuw te installeren met het manifest uit `manifests/slack`, en probeer het dan nog eens.",
    internal: "Er ging iets mis aan onze kant; er is niets opgeslagen. Probeer het zo nog eens.",
    invalidButton: "Deze knop klopt niet (meer); er is niets opgeslagen.",
    invalidButtonHint: `Typ \`${COMMAND_WORD.help}\` voor de opdrachten die hetzelfde doen.`,
    unknownTenant: "Deze bot is niet beschikbaar voor jouw organisatie; er is niets opgeslagen. Neem contact op met de beheerder van de doe-agenda.",
  },
  done: {
    statusChanged: (code: string, from: string, to: string) => `Status van ${code} gewijzigd: ${from} → ${to}.`,
    statusConfirmed: (code: string, status: string) => `Status van ${code} bevestigd: ${status}.`,
    noteAdded: (code: string) => `Notitie bij ${code} opgeslagen.`,
    leadAdded: (code: string, person: string) => `${person} is nu trekker van ${code}.`,
    leadAlready: (code: string, person: string) => `${person} was al trekker van ${code}.`,
    leadRemoved: (code: string, person: string) => `${person} is geen trekker meer van ${code}.`,
    leadWasNot: (code: string, person: string) => `${person} was geen trekker van ${code}; er is niets gewijzigd.`,
    linked: (overleg: string, previous: string | null) =>
      `Dit kanaal is gekoppeld aan ${overleg}${previous && previous !== overleg ? ` (was: ${previous})` : ""}.`,
    linkedHint: `Het kanaal krijgt elke maandag om 09:00 de digest van de thema's van dit overleg; wijzig dat met \`${commandPhrase("digest", "schedule", "nl")} vrijdag 14:00\`.`,
  },
  fields: {
    theme: "Thema",
    pillar: "Pijler",
    targetGroup: "Voor wie",
    scope: "Scope",
    status: "Status",
    trekkers: "Trekker(s)",
    financiering: "Financiering",
    leads: "Trekkers in de chat",
    lastUpdate: "Laatste update",
    history: "Laatste wijzigingen",
    notes: "Notities",
    noLeads: "nog niemand gekoppeld",
    openDecision: "open besluit",
  },
  buttons: { update: "Bijwerken", confirm: "Ongewijzigd", notMine: "Niet mijn actie", show: "Toon" },
  list: {
    title: (count: number) => `${count} ${count === 1 ? "actie" : "acties"}`,
    filtered: (description: string) => `Filter: ${description}`,
    empty: "Geen acties gevonden met dit filter.",
    emptyHint: `Probeer een ruimer filter, of \`${COMMAND_WORD.lijst}\` zonder filter.`,
    more: (shown: number, total: number) => `${shown} van ${total} getoond. Verfijn met een filter, bijvoorbeeld \`${COMMAND_WORD.lijst} thema 4\`.`,
    filterTheme: (themes: { number: number; title: string }[]) =>
      `${themes.length === 1 ? "thema" : "thema's"} ${themes.map((theme) => `${theme.number} (${theme.title})`).join(", ")}`,
    filterPillar: (name: string) => `pijler ${name}`,
    filterStatus: (labels: string[]) => `status ${labels.join(" of ")}`,
    filterScope: (scope: string) => `scope bevat "${scope}"`,
    filterTrekker: (trekker: string) => `trekker bevat "${trekker}"`,
  },
  mine: {
    title: (count: number) => `Jouw acties (${count})`,
    none: "Je bent nog geen trekker van een actie.",
    noneHint: `Vraag de projectleider je te koppelen: \`${COMMAND_WORD.trekker} 1.3 @jij\`.`,
    notLinked: "Ik weet nog niet wie je bent in de doe-agenda.",
    confirmedItem: (status: string) => `${status} · bevestigd`,
    alreadyAnswered: (code: string) => `${code} is al bijgewerkt of bevestigd sinds deze lijst werd getoond.`,
    alreadyAnsweredHint: "Er is niets opgeslagen. Is de status toch veranderd? Kies *Bijwerken*.",
  },
  search: {
    title: (text: string, count: number) => `${count} ${count === 1 ? "resultaat" : "resultaten"} voor "${text}"`,
    none: (text: string) => `Niets gevonden voor "${text}".`,
    noneHint: `Zoek op een deel van een woord, bijvoorbeeld \`${COMMAND_WORD.zoek} scholing\` of \`${COMMAND_WORD.zoek} UWV\`.`,
    inNote: "in notitie",
  },
  statusForm: {
    title: "Status bijwerken",
    prompt: "Kies een actie en de nieuwe status.",
    cli: (code?: string) => `Geef de nieuwe status op: \`${COMMAND_WORD.status} ${code ?? "1.3"} loopt <toelichting>\`.`,
    action: "Actie",
    status: "Nieuwe status",
    note: "Toelichting",
    notePlaceholder: "Wat is er gebeurd, wat is de volgende stap?",
    submit: "Opslaan",
    cancel: "Annuleren",
    noActions: "Je bent nog geen trekker van een actie, dus er is niets bij te werken.",
    errors: {
      action: "Kies een actie.",
      status: "Kies een status.",
      noteTooLong: (max: number) => `De toelichting mag hoogstens ${max} tekens lang zijn.`,
      noteControlCharacter: (character: string) =>
        `De toelichting bevat een onzichtbaar stuurteken (${character}). Haal het weg en probeer het opnieuw.`,
      unknownAction: (code: string) => `Actie ${code} bestaat niet (meer).`,
    },
    saved: "Opgeslagen.",
  },
  digest: digestNl,
  rounds: roundsNl,
  people: peopleNl,
  channel: channelNl,
  escalations: escalationsNl,
  funding: fundingNl,
  goals: goalsNl,
  charts: chartsNl,
  teamsReach: teamsReachNl,
  mail: mailNl,
  dashboard: dashboardNl,
  privacy: privacyNl,
  regionRouting: regionRoutingNl,
  notInstalled: notInstalledNl,
  leaders: leadersNl,
  regions: regionsNl,
  report: reportNl,
  delivery: {
    failed: (summary: string, where: string, error: string) => `Een bericht kon niet worden bezorgd in ${where}: "${summary}" (${error}).`,
    failedHint: "Controleer of de bot nog in dat kanaal zit en de juiste rechten heeft; het bericht is niet opnieuw ingepland.",
    /** Slack refused because the bot is not a member of the channel. */
    notInChannel: (summary: string, where: string) => `"${summary}" is niet bezorgd in ${where}: de bot zit niet (meer) in dat kanaal.`,
    notInChannelHint:
      "Nodig de bot uit in dat kanaal met `/invite @Doe-agenda` (bij een openbaar kanaal volstaat ook de scope `chat:write.public`); het bericht is niet opnieuw ingepland, het volgende weekoverzicht komt dan wel aan.",
    notFound: (summary: string, email: string, platform: string) =>
      `Niemand in ${platform} heeft het e-mailadres ${email}, dus "${summary}" is niet bezorgd.`,
    notFoundHint: `Koppel de trekker met het adres dat hij of zij in de chat gebruikt (\`${COMMAND_WORD.trekker} 1.3 naam@gemeente.nl\`), of vraag hem of haar de bot één keer te openen.`,
    /** Not sent while it was still worth sending (the platform kept answering "too many requests"). */
    expired: (summary: string, where: string, platform: string) =>
      `"${summary}" is niet bezorgd in ${where}: ${platform} nam het niet aan zolang het nog zin had (te veel berichten tegelijk, of de dienst lag eruit).`,
    expiredHint:
      "Het bericht is niet opnieuw ingepland. Stuur wat nog nodig is zelf, of wacht op de volgende herinnering of het volgende weekoverzicht.",
  },
  home: {
    title: "Doe-agenda",
    mine: "Jouw acties",
    agenda: "De agenda per pijler",
    pillar: (name: string, total: number) => `${name} (${total} ${total === 1 ? "actie" : "acties"})`,
    hint: `Typ \`/actie ${COMMAND_WORD.help}\` voor alle opdrachten.`,
  },
  history: {
    entry: (from: string | null, to: string) => (from ? `${from} → ${to}` : `start: ${to}`),
    confirmed: (status: string) => `bevestigd: ${status}`,
    by: (name: string) => `door ${name}`,
    /** Where a change came from, as a phrase: "via Teams", "via de CLI", "via de import". */
    via: changeChannelsNl,
  },
  time: {
    ago: (date: Date, now: Date) => formatAgo(date, now, "nl"),
    date: (date: Date) => formatDate(date, "nl"),
    dateTime: (date: Date) => formatDateTime(date, "nl"),
    /** The last update of an action nobody updated since the import (the import is not an update). */
    noUpdateSinceImport: "nog geen update sinds de import",
    importedOn: (date: string) => `nog geen (geïmporteerd op ${date})`,
  },
  /** The CLI's own lines (`npm run cli`): usage, its argument errors, import and export, the data folder in use. */
  cli: {
    usage: `Gebruik:
  npm run cli -- <opdracht> [--as <e-mail>] [--lang nl|en]     een opdracht van de bot, bv. "toon 1.3" of "lijst thema 4"
  npm run cli -- import <bestand>                               een agendabestand laden of bijwerken (YAML of JSON)
${reportNl.usage}
  npm run cli -- mensen import <bestand>                        trekkers koppelen uit een personenbestand (CSV: email;naam;organisatie;taal;acties)
  npm run cli -- mensen export [--out <bestand>]                het personenbestand wegschrijven
${privacyNl.cliUsage}${regionsNl.cliUsage}${backupNl.usage}
Omgeving: DATA_DIR (standaard ./data) of DATABASE_URL, LEADER_EMAILS, DEFAULT_LOCALE (nl of en).`,
    needsValue: (option: string) => `--${option} heeft een waarde nodig.`,
    importNeedsFile: "import heeft precies één bestand nodig: npm run cli -- import agenda/mijn-regio.yaml",
    exportNeedsFormat: "export heeft --format json, csv of md nodig: npm run cli -- export --format csv",
    formatInvalid: (given: string) => `--format moet json, csv, csv-nl of md zijn (niet "${given}").`,
    asInvalid: (given: string) => `--as heeft een e-mailadres nodig (niet "${given}").`,
    langInvalid: (given: string) => `--lang moet nl of en zijn (niet "${given}").`,
    imported: (name: string, slug: string, actions: number, themes: number, overleggen: number) =>
      `${name} (${slug}) geïmporteerd: ${actions} ${actions === 1 ? "actie" : "acties"}, ${themes} ${themes === 1 ? "thema" : "thema's"}, ${overleggen} ${overleggen === 1 ? "overleg" : "overleggen"}.`,
    importCounts: (created: number, updated: number, unchanged: number, retired: number) =>
      `${created} nieuw, ${updated} bijgewerkt, ${unchanged} ongewijzigd, ${retired} vervallen.`,
    statusKept: (codes: string[]) =>
      `De status wijkt af van het bestand bij ${codes.join(", ")}: de status die in de bot is gezet, blijft staan (zie de geschiedenis).`,
    wrote: (count: number, file: string) => `${count} ${count === 1 ? "actie" : "acties"} weggeschreven naar ${file}`,
    locked: (dataDir: string, pid: number) =>
      `De datamap ${dataDir} is in gebruik door een ander lopend proces (pid ${pid}). Stop dat proces eerst (bijvoorbeeld de draaiende bot of een andere CLI-opdracht), of wijs DATA_DIR naar een andere map.`,
    agendaInvalid: (file: string, problems: string) =>
      `Het agendabestand ${file} is niet geldig:\n${problems}\nVerbeter het bestand en probeer het opnieuw; er is niets opgeslagen.`,
    damaged: (detail: string) =>
      `De database lijkt beschadigd: ${detail}. Zet de datamap (DATA_DIR) of de PostgreSQL-database terug uit een back-up.`,
  },
  backup: backupNl,
  startup: startupNl,
};
