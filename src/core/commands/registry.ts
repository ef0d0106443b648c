/** Every command's handler, keyed by command name: adding a command to `Command` makes the compiler ask for one here. */
import type { CommandHandlers } from "./handler.js";
import { antwoord } from "./handlers/antwoord.js";
import { dashboard } from "./handlers/dashboard.js";
import { digest } from "./handlers/digest.js";
import { digestLanguage } from "./handlers/digest-language.js";
import { digestSchedule } from "./handlers/digest-schedule.js";
import { doel } from "./handlers/doel.js";
import { escalaties } from "./handlers/escalaties.js";
import { escaleer } from "./handlers/escaleer.js";
import { financiering } from "./handlers/financiering.js";
import { help } from "./handlers/help.js";
import { herinner } from "./handlers/herinner.js";
import { koppel } from "./handlers/koppel.js";
import { leider } from "./handlers/leider.js";
import { lijst } from "./handlers/lijst.js";
import { meting } from "./handlers/meting.js";
import { mijn } from "./handlers/mijn.js";
import { notitie } from "./handlers/notitie.js";
import { persoon } from "./handlers/persoon.js";
import { rapport } from "./handlers/rapport.js";
import { ronde } from "./handlers/ronde.js";
import { sluit } from "./handlers/sluit.js";
import { status } from "./handlers/status.js";
import { statusForm } from "./handlers/status-form.js";
import { taal } from "./handlers/taal.js";
import { toon } from "./handlers/toon.js";
import { trekker } from "./handlers/trekker.js";
import { trekkers } from "./handlers/trekkers.js";
import { verlopen } from "./handlers/verlopen.js";
import { zoek } from "./handlers/zoek.js";

export const COMMAND_HANDLERS: CommandHandlers = {
  help,
  mijn,
  toon,
  lijst,
  zoek,
  status,
  "status-form": statusForm,
  notitie,
  doel,
  meting,
  verlopen,
  escaleer,
  escalaties,
  antwoord,
  sluit,
  financiering,
  trekker,
  trekkers,
  taal,
  koppel,
  leider,
  digest,
  "digest-schedule": digestSchedule,
  "digest-language": digestLanguage,
  herinner,
  ronde,
  dashboard,
  persoon,
  rapport,
};
