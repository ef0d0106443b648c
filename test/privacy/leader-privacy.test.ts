import { expect, it } from "vitest";
import { renderText } from "../../src/render/text.js";
import { LEADER } from "../support/agenda-fixture.js";
import { forEachDatabase } from "../support/for-each-database.js";

const ANNA = "anna@haarlem.nl";

forEachDatabase("A project leader's regions in persoon export and vergeet", { agenda: true }, (ctx) => {
  const run = async (text: string, email: string) => renderText((await ctx.agenda.core.run(text, await ctx.agenda.actor({ email }))).message);

  it("exports the regions a person leads, and forgetting them removes their leadership at once", async () => {
    await run(`leider toevoegen ${ANNA}`, LEADER);
    const data = await ctx.agenda.ports.privacy.exportPerson(ANNA);
    expect(data?.leaderOf).toEqual([{ region: "zuid-kennemerland-ijmond", name: expect.any(String), since: expect.any(String) }]);
    expect(data?.mentions).toEqual([]);
    expect(await run(`persoon export ${ANNA}`, LEADER)).toContain("• regio's als projectleider: 1");
    expect(await run(`persoon vergeet ${ANNA}`, LEADER)).toContain("projectleiderschap");
    expect(await run(`persoon vergeet ${ANNA} bevestig`, LEADER)).toContain(`${ANNA} is vergeten`);
    expect(await ctx.database.prisma.regionLeader.count({ where: { email: ANNA } })).toBe(0);
    expect(ctx.agenda.leaders.isLeader(ANNA)).toBe(false);
    expect(await run("leiders", ANNA)).toContain("Alleen de projectleider");
  });
});
