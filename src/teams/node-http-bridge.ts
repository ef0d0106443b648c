/** Bridges Node's http request/response to the small Request/Response shapes botbuilder's CloudAdapter expects. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request, Response } from "botbuilder";

const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError("request body too large");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as unknown) : undefined;
}

export function botRequest(request: IncomingMessage, body: Record<string, unknown>): Request {
  return { body, headers: request.headers as Record<string, string | string[] | undefined>, method: request.method ?? "POST" };
}

export function botResponse(response: ServerResponse): Response {
  let status = 200;
  let payload: unknown;
  return {
    socket: response.socket,
    status(code: number) {
      status = code;
      return this;
    },
    header(name: string, value: unknown) {
      response.setHeader(name, String(value));
      return this;
    },
    send(body: unknown) {
      payload = body;
      return this;
    },
    end() {
      if (response.writableEnded) return this;
      if (payload === undefined) {
        response.writeHead(status).end();
      } else if (typeof payload === "string") {
        response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(payload);
      } else {
        response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
      }
      return this;
    },
  };
}
