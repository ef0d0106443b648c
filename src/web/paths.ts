/** Where each dashboard page lives (Dutch paths, like the commands). */
import { DASHBOARD_PATH } from "./dashboard-access.js";

export const PATHS = {
  overview: DASHBOARD_PATH,
  progress: `${DASHBOARD_PATH}/voortgang`,
  rounds: `${DASHBOARD_PATH}/rondes`,
  search: `${DASHBOARD_PATH}/zoek`,
  theme: (number: number) => `${DASHBOARD_PATH}/thema/${number}`,
  overleg: (code: string) => `${DASHBOARD_PATH}/overleg/${encodeURIComponent(code)}`,
  action: (code: string) => `${DASHBOARD_PATH}/actie/${encodeURIComponent(code)}`,
} as const;
