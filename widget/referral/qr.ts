/**
 * The QR code of a referral's confirmation URL, as one SVG path. uqr is loaded on demand, only
 * when a code is shown, so neither widget.js nor the desk chunk carries the encoder.
 */
export interface QrImage {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** One `M x y h1 v1 h-1 z` square per dark module, for a single `<path d>`. */
  path: string;
}

/** Four modules of white around the code: the quiet zone scanners need. */
const QUIET_ZONE = 4;

export function qrPath(data: boolean[][]): string {
  const parts: string[] = [];
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return parts.join('');
}

export async function qrImage(text: string): Promise<QrImage> {
  const { encode } = await import('uqr');
  const { size, data } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  return { size, path: qrPath(data) };
}
