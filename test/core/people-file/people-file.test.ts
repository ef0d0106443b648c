/** The people file as Excel writes it (issue 13): separators, byte-order mark, headers in either language, every bad row named. */
import { describe, expect, it } from "vitest";
import { texts } from "../../../src/core/i18n/index.js";
import { readPeopleFile, writePeopleFile } from "../../../src/core/people-file/people-file.js";

const CODES = new Set(["1.3", "1.4", "2.1", "HLM.2"]);
const problems = (text: string) => {
  const read = readPeopleFile(text, CODES);
  return read.ok ? [] : read.problems.map((problem) => texts("nl").people.problem(problem));
};

describe("reading the people file", () => {
  it("reads Dutch Excel's semicolons with a byte-order mark and Windows line ends", () => {
    const file =
      "\uFEFFemail;naam;organisatie;taal;acties\r\nAnna@UWV.nl;Anna de Vries;UWV;nl;1.3 1.4\r\nbob@school.nl;Bob;Nova College;English;2.1, hlm.2\r\n";
    const read = readPeopleFile(file, CODES);
    expect(read).toEqual({
      ok: true,
      rows: [
        { line: 2, email: "anna@uwv.nl", name: "Anna de Vries", organisation: "UWV", locale: "nl", codes: ["1.3", "1.4"] },
        { line: 3, email: "bob@school.nl", name: "Bob", organisation: "Nova College", locale: "en", codes: ["2.1", "HLM.2"] },
      ],
    });
  });

  it("reads commas, English headers in any order and case, quoted fields and empty cells", () => {
    const file = 'Name,E-mail,Actions,Organization,Language\n"Vries, Anna de",anna@uwv.nl,"1.3,1.4",,\n';
    const read = readPeopleFile(file, CODES);
    expect(read.ok && read.rows).toEqual([
      { line: 2, email: "anna@uwv.nl", name: "Vries, Anna de", organisation: null, locale: null, codes: ["1.3", "1.4"] },
    ]);
  });

  it.each([
    ["email;naam\nanna-at-uwv.nl;Anna\n", 'Regel 2, kolom email: "anna-at-uwv.nl" is geen e-mailadres. Schrijf het als naam@organisatie.nl.'],
    ["email;acties\nanna@uwv.nl;1.3 9.9\n", "Regel 2, kolom acties: actie 9.9 staat niet in de agenda. Kijk met `lijst` welke codes er zijn."],
    [
      "email;acties\nanna@uwv.nl;een\n",
      'Regel 2, kolom acties: "een" is geen actiecode. Schrijf codes als 1.3, gescheiden door spaties of komma\'s.',
    ],
    ["email;taal\nanna@uwv.nl;Duits\n", 'Regel 2, kolom taal: "Duits" is geen taal die de bot spreekt. Schrijf nl of en.'],
    [
      "email;acties\nanna@uwv.nl;1.3\nANNA@uwv.nl;1.4\n",
      "Regel 3: anna@uwv.nl staat ook op regel 2. Zet iedereen één keer in het bestand, met al zijn acties.",
    ],
    ["naam;acties\nAnna;1.3\n", 'De kolom "email" ontbreekt in de kopregel. Noem de kolommen email;naam;organisatie;taal;acties.'],
    ["email;telefoon\nanna@uwv.nl;06\n", 'Onbekende kolom "telefoon". Gebruik email, naam, organisatie, taal en acties (of de Engelse namen).'],
    ["email;naam\n", "Het bestand heeft geen regels onder de kopregel. Zet per persoon een regel met email;naam;organisatie;taal;acties."],
  ])("refuses %j naming the row and the field", (file, message) => {
    expect(problems(file)).toEqual([message]);
  });

  it("names every bad row at once, so one correction round is enough", () => {
    const file = "email;acties\nfout;1.3\ngoed@uwv.nl;7.7\nook-fout;\n";
    expect(problems(file).map((problem) => problem.split(":")[0])).toEqual(["Regel 2, kolom email", "Regel 3, kolom acties", "Regel 4, kolom email"]);
  });

  it("writes what it reads back: semicolons, a byte-order mark, headers in the reader's language", () => {
    const entries = [{ email: "anna@uwv.nl", name: "Vries; Anna", organisation: "UWV", locale: "en" as const, codes: ["1.3", "1.4"] }];
    const written = writePeopleFile(entries, "nl");
    expect(written.startsWith("\uFEFFemail;naam;organisatie;taal;acties\r\n")).toBe(true);
    const read = readPeopleFile(written, CODES);
    expect(read.ok && read.rows.map(({ line, ...entry }) => entry)).toEqual(entries);
    expect(writePeopleFile(entries, "en").split("\r\n")[0]).toBe("\uFEFFemail;name;organization;language;actions");
  });
});
