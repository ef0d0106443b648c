/** A synthetic agenda of any size in the real file format, for benchmarks. */
import type { AgendaDefinition } from "../src/core/agenda-file/schema.js";

const PILLARS = [
  { code: "uitkering-naar-werk", name: "Uitkering naar werk" },
  { code: "onderwijs-naar-werk", name: "Onderwijs naar werk" },
  { code: "werk-naar-werk", name: "Werk naar werk" },
  { code: "werkgelegenheid", name: "Werkgelegenheid" },
];
const SCOPES = ["REGIONAAL", "IJMOND", "ZUID-KENNEMERLAND", "LOKALE KEUZE, REGIONAAL MOGELIJK"];
const TREKKERS = ["PoW", "UWV", "IJmond Werkt!", "RMC-netwerk", "REO", "WSP", "gemeenten", "nader te bepalen"];

/** A synthetic agenda; `region` names a second (third, …) region of the same size beside it. */
export function syntheticAgenda(actionCount: number, themeCount = 8, region?: string): AgendaDefinition {
  const themes = Array.from({ length: themeCount }, (_, i) => ({
    number: i + 1,
    title: `Thema ${i + 1}`,
    targetGroup: "Werkzoekenden en werkenden",
    pillarCode: PILLARS[Math.floor((i * PILLARS.length) / themeCount)]?.code ?? "werkgelegenheid",
  }));
  const perTheme = new Map<number, number>();
  const actions = Array.from({ length: actionCount }, (_, i) => {
    const theme = (i % themeCount) + 1;
    const n = (perTheme.get(theme) ?? 0) + 1;
    perTheme.set(theme, n);
    return {
      code: `${theme}.${n}`,
      themeNumber: theme,
      scope: SCOPES[i % SCOPES.length] ?? "REGIONAAL",
      title: `Actie ${theme}.${n}: inzet op toeleiding, scholing en matching voor doelgroep ${i % 37}`,
      status: i % 3 === 0 ? ("nader_uit_te_werken" as const) : ("loopt" as const),
      trekkers: [TREKKERS[i % TREKKERS.length] ?? "PoW"],
      financiering: i % 4 === 0 ? "nader te bepalen" : "Via landelijk steunpakket",
    };
  });
  return {
    slug: region ? `synthetisch-${actionCount}-${region}` : `synthetisch-${actionCount}`,
    name: `Synthetische agenda (${actionCount} acties)`,
    period: null,
    pillars: PILLARS,
    themes,
    actions,
    overleggen: [
      {
        code: "RWB",
        name: "Regionaal Werkbedrijf",
        level: "bestuurlijk",
        reach: "regio",
        themesText: "",
        pillars: ["uitkering-naar-werk"],
        pillarsPossible: [],
        members: "",
      },
    ],
  };
}
