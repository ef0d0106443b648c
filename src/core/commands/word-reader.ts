/** The words of a command line, read one by one by the grammar and the handlers' `parse`. */
import type { ParseError } from "./types.js";

/** The input split into words, with the rest of the line as typed still at hand. */
export class WordReader {
  private readonly parts: string[];
  private readonly offsets: number[];
  private index = 0;
  constructor(private readonly text: string) {
    const matches = [...text.matchAll(/\S+/g)];
    this.parts = matches.map((match) => match[0]);
    this.offsets = matches.map((match) => match.index ?? 0);
  }
  peek(): string | undefined {
    return this.parts[this.index];
  }
  next(): string | undefined {
    return this.parts[this.index++];
  }
  remainingWords(): string[] {
    return this.parts.slice(this.index);
  }
  /** The number of words read so far: where the next word is. */
  position(): number {
    return this.index;
  }
  skip(count: number): void {
    this.index += count;
  }
  /** The rest of the input as typed, with its line breaks and spacing. */
  rest(): string {
    const offset = this.offsets[this.index];
    return offset === undefined ? "" : this.text.slice(offset);
  }
}

/** Thrown by the argument readers; the grammar turns it into a ParseError. */
export class ParseFailure {
  constructor(readonly error: ParseError) {}
}

/** Stops parsing with this error. */
export function fail(error: ParseError): never {
  throw new ParseFailure(error);
}
