/**
 * The block a QR code names: the mini-program code's `scene` (URL-encoded, at most 32 characters, as
 * wxacode.getUnlimited passes it) reads `b=<blockId>`. Anything else: null.
 */
export function blockFromScene(scene: string | undefined): string | null {
  if (!scene) return null
  const decoded = decodeURIComponent(scene)
  const match = /^b=([A-Za-z0-9_-]{1,30})$/.exec(decoded)
  return match ? match[1] : null
}
