/**
 * HTML built with a tagged template that escapes every interpolated value: text from the agenda, notes,
 * questions and names can never become markup. Only `Html` values (built by `html` itself, or `trusted` for
 * markup the code produced, such as a rendered chart) are inserted as they are.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false || value === true) return "";
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: the strings are markup, every value is escaped (arrays joined; null, undefined and booleans dropped). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? "");
  return new Html(out);
}

/** Markup the code itself produced (a chart's SVG); never text that came from a person. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** A list of parts joined with a separator (itself markup). */
export function join(parts: readonly HtmlValue[], separator: Html = html``): Html {
  return new Html(parts.map(render).join(separator.value));
}
