/**
 * Local mode authenticates nothing (no app id), so the endpoint accepts only the Agents Playground on this
 * machine: a request from loopback, not forwarded by a proxy, whose replies go to loopback, in the Playground's
 * tenant. Anything else is refused before botbuilder sees it.
 */
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import type { Activity } from "botbuilder";
import { PLAYGROUND_TENANT } from "./playground.js";

export function isLoopback(host: string | undefined): boolean {
  if (!host) return false;
  const bare = host.replace(/^\[|\]$/g, "").replace(/^::ffff:/, "");
  return bare === "localhost" || bare === "::1" || (isIP(bare) === 4 && bare.startsWith("127."));
}

/** Headers a reverse proxy adds: a request that passed through one did not start on this machine. */
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip"];

/** Why a local-mode request is refused, or null when it is the Playground's. */
export function localRefusal(request: IncomingMessage, activity: Partial<Activity>): string | null {
  if (!isLoopback(request.socket.remoteAddress)) return "not from this machine";
  if (FORWARDING_HEADERS.some((name) => request.headers[name] !== undefined)) return "forwarded by a proxy";
  let serviceHost: string | undefined;
  try {
    serviceHost = new URL(activity.serviceUrl ?? "").hostname;
  } catch {
    serviceHost = undefined;
  }
  if (!isLoopback(serviceHost)) return "serviceUrl not on this machine";
  if (activity.conversation?.tenantId !== PLAYGROUND_TENANT) return "not the Playground's tenant";
  return null;
}
