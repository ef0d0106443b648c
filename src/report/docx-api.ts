/**
 * The part of docx (9.7.0) the report uses, typed here: docx's own ESM typings re-export extensionless paths that
 * TypeScript's NodeNext resolution cannot follow (everything arrives as missing). The library itself is loaded as
 * it is published; only these declarations are ours.
 */
import { createRequire } from "node:module";

/** Anything docx places in a document body or a cell. */
export interface DocxElement {
  readonly __docxElement?: never;
}

export interface TextRunOptions {
  text: string;
  bold?: boolean;
  /** In half-points. */
  size?: number;
}

export interface ParagraphOptions {
  text?: string;
  children?: DocxElement[];
  heading?: string;
  style?: string;
  alignment?: string;
}

export interface ImageRunOptions {
  type: "png";
  data: Buffer;
  transformation: { width: number; height: number };
  altText?: { title: string; description: string; name: string };
}

export interface DocxApi {
  AlignmentType: { RIGHT: string };
  HeadingLevel: { TITLE: string; HEADING_1: string; HEADING_2: string };
  WidthType: { PERCENTAGE: string };
  TextRun: new (options: TextRunOptions) => DocxElement;
  ImageRun: new (options: ImageRunOptions) => DocxElement;
  Paragraph: new (options: ParagraphOptions) => DocxElement;
  TableCell: new (options: { children: DocxElement[] }) => DocxElement;
  TableRow: new (options: { children: DocxElement[]; tableHeader?: boolean }) => DocxElement;
  Table: new (options: { rows: DocxElement[]; width?: { size: number; type: string } }) => DocxElement;
  Document: new (options: {
    creator: string;
    title: string;
    styles?: { default: { document: { run: { font: string; size: number } } } };
    sections: { children: DocxElement[] }[];
  }) => DocxElement;
  Packer: { toBuffer(document: DocxElement): Promise<Buffer> };
}

export const docx = createRequire(import.meta.url)("docx") as DocxApi;
