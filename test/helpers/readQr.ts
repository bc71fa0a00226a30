import jsQR from 'jsqr'
import { PNG } from 'pngjs'

/** The text of the QR code in a PNG (decoded with jsQR, as a phone's scanner would), or null when none is found. */
export function readQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png)
  const found = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)
  return found ? found.data : null
}
