/**
 * A second region beside the project's agenda, for the tests of several regions on one database: its own 1.1 (the
 * project's agenda has a 1.1 too, with another title) and nothing like the project's 6.8. Ivo leads its 1.1.
 */
import { parseAgendaSource } from "../../src/core/agenda-file/load.js";
import type { Database } from "../../src/persistence/database.js";
import { openImporter } from "../../src/persistence/prisma-stores.js";

export const SECOND_REGION = "west-brabant";
export const SECOND_REGION_TITLE = "Omscholingsfonds West-Brabant";
export const IVO_EMAIL = "ivo@westbrabant.nl";

const WEST_BRABANT = `version: 1
agenda: { slug: ${SECOND_REGION}, name: Doe-agenda West-Brabant }
pijlers: [{ code: werk-naar-werk, name: Werk naar werk }]
themas: [{ number: 1, title: Omscholing, pijler: werk-naar-werk, voorWie: Werkenden }]
acties:
  - { code: "1.1", thema: 1, scope: REGIONAAL, title: ${SECOND_REGION_TITLE}, status: loopt, trekkers: [UWV], financiering: nader te bepalen }
`;

/** Imports the second region, links each platform's workspace or tenant given to its region, makes Ivo its 1.1's lead. */
export async function importSecondRegion(
  database: Database,
  links: { platform: "slack" | "teams"; first: string; second: string }[] = [],
): Promise<{ first: number; second: number }> {
  await openImporter(database).importAgenda(parseAgendaSource(WEST_BRABANT, `${SECOND_REGION}.yaml`));
  const [first, second] = await database.prisma.agenda.findMany({ orderBy: { id: "asc" } });
  if (!first || !second) throw new Error("two regions expected");
  await database.prisma.regionLink.createMany({
    data: links.flatMap(({ platform, first: one, second: other }) => [
      { platform, tenantId: one, agendaId: first.id },
      { platform, tenantId: other, agendaId: second.id },
    ]),
  });
  const ivo = await database.prisma.person.create({ data: { email: IVO_EMAIL, displayName: "Ivo Bakker" } });
  const action = await database.prisma.action.findFirstOrThrow({ where: { agendaId: second.id, code: "1.1" } });
  await database.prisma.actionLead.create({ data: { actionId: action.id, personId: ivo.id } });
  return { first: first.id, second: second.id };
}
