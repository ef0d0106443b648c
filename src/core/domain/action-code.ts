/**
 * Action codes: `<theme>.<n>` for the regional agenda (`1.3`), and `<GROUP>.<n>` or `<GROUP>.<theme>.<n>`
 * for local additions (`HLM.2`, `IJM.1`, `LOK.4.1`).
 */
export const ACTION_CODE_PATTERN = /^(?:[1-9]\d*|[A-Z]{2,6}(?:\.[1-9]\d*)?)\.[1-9]\d*$/;

export function normaliseActionCode(input: string): string {
  return input.trim().toUpperCase().replace(/,/g, ".");
}

export function looksLikeActionCode(input: string): boolean {
  return ACTION_CODE_PATTERN.test(normaliseActionCode(input));
}

/** Sorts `1.2` before `1.10` and regional codes before local ones. */
export function compareActionCodes(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "";
    const y = pb[i] ?? "";
    const nx = Number(x);
    const ny = Number(y);
    const xNum = x !== "" && Number.isInteger(nx);
    const yNum = y !== "" && Number.isInteger(ny);
    if (xNum && yNum && nx !== ny) return nx - ny;
    if (xNum !== yNum) return xNum ? -1 : 1;
    if (!xNum && x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
