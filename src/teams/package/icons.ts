/**
 * The Teams app icons, drawn in code: a colour icon (192×192, agenda blue with a white checklist) and an
 * outline icon (32×32, white on transparent, as Teams requires).
 */
import { encodePng } from "./png.js";

type Rgba = [number, number, number, number];
const BLUE: Rgba = [0x1d, 0x4f, 0x91, 255];
const WHITE: Rgba = [255, 255, 255, 255];

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 4);
  }
  fill(x0: number, y0: number, x1: number, y1: number, color: Rgba): void {
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(this.height, Math.ceil(y1)); y++) {
      for (let x = Math.max(0, Math.floor(x0)); x < Math.min(this.width, Math.ceil(x1)); x++) this.pixels.set(color, (y * this.width + x) * 4);
    }
  }
  /** A thick line, for the check marks. */
  line(x0: number, y0: number, x1: number, y1: number, thickness: number, color: Rgba): void {
    const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2);
    for (let i = 0; i <= steps; i++) {
      const x = x0 + ((x1 - x0) * i) / steps;
      const y = y0 + ((y1 - y0) * i) / steps;
      this.fill(x - thickness / 2, y - thickness / 2, x + thickness / 2, y + thickness / 2, color);
    }
  }
  png(): Buffer {
    return encodePng(this.width, this.height, this.pixels);
  }
}

/** Three rows: a check mark and a bar, as in a list of actions with their status. */
function checklist(canvas: Canvas, scale: number, offset: number, color: Rgba): void {
  for (let row = 0; row < 3; row++) {
    const top = offset + row * 9 * scale;
    canvas.line(offset, top + 3 * scale, offset + 2 * scale, top + 5 * scale, 1.5 * scale, color);
    canvas.line(offset + 2 * scale, top + 5 * scale, offset + 6 * scale, top, 1.5 * scale, color);
    canvas.fill(offset + 9 * scale, top + 1.5 * scale, offset + (row === 1 ? 18 : 24) * scale, top + 4 * scale, color);
  }
}

export function colorIcon(): Buffer {
  const canvas = new Canvas(192, 192);
  canvas.fill(0, 0, 192, 192, BLUE);
  checklist(canvas, 5, 36, WHITE);
  return canvas.png();
}

export function outlineIcon(): Buffer {
  const canvas = new Canvas(32, 32);
  checklist(canvas, 1, 4, WHITE);
  return canvas.png();
}
