/**
 * Charts as files: an SVG element's markup made standalone (namespace, size, white background,
 * a font stack that has CJK glyphs) and, through a canvas, a PNG. The charts colour their marks
 * with attributes, not stylesheet classes, so the file looks like the screen. `standaloneSvg` is
 * pure; the downloads use the DOM.
 */
import { downloadBlob } from './download';

const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** The markup of an `<svg>` as a standalone SVG file: xmlns, width and height from the viewBox, a white background and a font; pure. */
export function standaloneSvg(markup: string, width: number, height: number): string {
  const open = markup.match(/^<svg\b[^>]*>/);
  if (!open) throw new Error('not an <svg> element');
  let tag = open[0];
  if (!/\sxmlns=/.test(tag)) tag = tag.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
  tag = tag.replace(/\s(width|height)="[^"]*"/g, '').replace(/^<svg\b/, `<svg width="${width}" height="${height}"`);
  const background = `<rect width="100%" height="100%" fill="#ffffff"/><style>text{font-family:${FONT};fill:#1a1a1a}</style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tag}${background}${markup.slice(open[0].length)}\n`;
}

function svgText(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const vb = svg.viewBox.baseVal;
  const width = vb && vb.width > 0 ? vb.width : svg.clientWidth || 720;
  const height = vb && vb.height > 0 ? vb.height : svg.clientHeight || 300;
  return { text: standaloneSvg(new XMLSerializer().serializeToString(svg), width, height), width, height };
}

/** Saves the chart as an SVG file. */
export function downloadSvg(svg: SVGSVGElement, filename: string): void {
  downloadBlob(filename, new Blob([svgText(svg).text], { type: 'image/svg+xml' }));
}

/** Saves the chart as a PNG at `scale` × its size (drawn from the SVG on a canvas; nothing leaves the page). */
export async function downloadPng(svg: SVGSVGElement, filename: string, scale = 2): Promise<void> {
  const { text, width, height } = svgText(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('could not draw the chart'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('could not encode the PNG');
    downloadBlob(filename, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
