/** Every command's handler, keyed by command name: adding a command to `Command` makes the compiler ask for one here. */
import type { CommandHandlers } from "./handler.js";
import { dashboard } from "./handlers/dashboard.js";
import { digest } from "./handlers/digest.js";
import { digestSchedule } from "./handlers/digest-schedule.js";
import { escaleer } from "./handlers/escaleer.js";
import { help } from "./handlers/help.js";
import { herinner } from "./handlers/herinner.js";
import { koppel } from "./handlers/koppel.js";
import { lijst } from "./handlers/lijst.js";
import { mijn } from "./handlers/mijn.js";
import { notitie } from "./handlers/notitie.js";
import { ronde } from "./handlers/ronde.js";
import { status } from "./handlers/status.js";
import { statusForm } from "./handlers/status-form.js";
import { toon } from "./handlers/toon.js";
import { trekker } from "./handlers/trekker.js";
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
  escaleer,
  trekker,
  koppel,
  digest,
  "digest-schedule": digestSchedule,
  herinner,
  ronde,
  dashboard,
};
