import { describe, expect, it } from "vitest";
import { buildDigest, DIGEST_ACTION_LIMIT } from "../../../src/core/digest/digest.js";
import type { ActionActivity, OverlegInfo, ThemeInfo } from "../../../src/core/domain/agenda.js";
import { renderText } from "../../../src/render/text.js";

const NOW = new Date("2026-11-23T08:00:00Z");
const HOUR = 60 * 60 * 1000;
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * HOUR);
const overleg: OverlegInfo = {
  code: "RWB",
  name: "Regionaal Werkbedrijf",
  level: "bestuurlijk",
  reach: "ZK en IJmond",
  themesText: "",
  pillars: ["uitkering-naar-werk"],
  pillarsPossible: [],
};
const themes: ThemeInfo[] = [{ number: 1, title: "Daling werkloosheid", targetGroup: "", pillarCode: "uitkering-naar-werk" }];
const anna = { id: 1, email: "anna@haarlem.nl", displayName: "Anna", locale: null };
const TITLE = "Een lange titel van actie 1.1 die niet bij elke regel terug moet komen";

function digest(activity: ActionActivity[], locale: "nl" | "en" = "nl"): string {
  return renderText(
    buildDigest({ overleg, themes, actions: [], activity, escalations: { open: [], resolved: [] }, since: hoursAgo(7 * 24), now: NOW }, locale),
  );
}

const change = (code: string, at: number, extra: Partial<ActionActivity> = {}): ActionActivity => ({
  code,
  title: code === "1.1" ? TITLE : `Actie ${code}`,
  at: hoursAgo(at),
  by: anna,
  kind: "status",
  from: "nader_uit_te_werken",
  to: "loopt",
  text: null,
  ...extra,
});

const note = (code: string, at: number, text: string): ActionActivity => ({ code, title: TITLE, at: hoursAgo(at), by: anna, kind: "note", text });

describe("the digest's 'what changed'", () => {
  it("names each action once, with its changes under it, newest first", () => {
    const text = digest([
      change("1.1", 50, { text: "gestart" }),
      change("1.2", 40),
      note("1.1", 30, "tien kandidaten gesproken"),
      change("1.1", 20, { from: "loopt", to: "gepauzeerd", text: "wacht op budget" }),
    ]);
    expect(text.split(TITLE)).toHaveLength(2);
    expect(text.indexOf("wacht op budget")).toBeLessThan(text.indexOf("tien kandidaten gesproken"));
    expect(text.indexOf("tien kandidaten gesproken")).toBeLessThan(text.indexOf("gestart"));
    expect(text.indexOf(TITLE)).toBeLessThan(text.indexOf("Actie 1.2"));
  });

  it("leaves plain confirmations out", () => {
    const confirmation = change("1.2", 10, { from: "loopt", to: "loopt" });
    expect(digest([change("1.1", 20), confirmation])).not.toContain("Actie 1.2");
    expect(digest([confirmation])).toContain("Geen wijzigingen of notities sinds");
  });

  it("caps the section with a count and a pointer to `toon`", () => {
    const many = Array.from({ length: DIGEST_ACTION_LIMIT + 3 }, (_, i) => change(`2.${i + 1}`, 100 - i));
    const text = digest([...many, ...[1, 2, 3, 4, 5].map((hours) => note("1.1", hours, `notitie ${hours}`))]);
    expect(text).toContain(`… en nog 4 acties met wijzigingen (2.4, 2.3, 2.2, 2.1). Bekijk ze met \`toon 2.4\`.`);
    expect(text).toContain("… en 2 eerdere wijzigingen: `toon 1.1`");
    expect(text).not.toContain("notitie 4");
    const en = digest(many, "en");
    expect(en).toContain("… and 3 more actions with changes (2.3, 2.2, 2.1). See them with `show 2.3`.");
  });
});
