/** Action codes in a sentence: the first ten, then an ellipsis. */
export const codeList = (codes: string[]) => `${codes.slice(0, 10).join(", ")}${codes.length > 10 ? ", …" : ""}`;
