import type { PosterView } from '@/types/posters'

/** The poster's size in canvas pixels (portrait, about A-series proportions): what is drawn and saved. */
export const POSTER_WIDTH = 750
export const POSTER_HEIGHT = 1200
const CODE_SIZE = 380
const MARGIN = 56
const RED = '#c8161d'
const FONT = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif'

/** The part of CanvasRenderingContext2D a poster needs: the same on weapp's Canvas 2D and a browser canvas. */
export type PosterContext = Pick<CanvasRenderingContext2D, 'fillStyle' | 'font' | 'textBaseline' | 'fillRect' | 'fillText' | 'measureText' | 'drawImage'>

/** Splits `text` into lines no wider than `width` (character by character: Chinese has no spaces to break at). */
export function wrapText(ctx: Pick<PosterContext, 'measureText'>, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const ch of Array.from(text)) {
    if (line && ctx.measureText(line + ch).width > width) {
      lines.push(line)
      line = ch
    } else line += ch
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Draws the poster: a red band with the headline, the title, its lines, then the mini-program code (an image already
 * loaded from `poster.codeBase64`) with the call to action under it. Units: canvas pixels of POSTER_WIDTH × POSTER_HEIGHT.
 */
export function drawPoster(ctx: PosterContext, poster: PosterView, code: CanvasImageSource): void {
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT)
  ctx.fillStyle = RED
  ctx.fillRect(0, 0, POSTER_WIDTH, 150)
  ctx.textBaseline = 'top'
  ctx.fillStyle = '#ffffff'
  ctx.font = `bold 48px ${FONT}`
  ctx.fillText(poster.headline, MARGIN, 50)
  ctx.font = `28px ${FONT}`
  ctx.fillText('暖新街区', POSTER_WIDTH - MARGIN - ctx.measureText('暖新街区').width, 64)

  let y = 190
  ctx.fillStyle = '#1a1a1a'
  ctx.font = `bold 44px ${FONT}`
  for (const line of wrapText(ctx, poster.title, POSTER_WIDTH - 2 * MARGIN).slice(0, 3)) {
    ctx.fillText(line, MARGIN, y)
    y += 60
  }
  y += 16
  ctx.fillStyle = '#333333'
  ctx.font = `30px ${FONT}`
  const codeTop = POSTER_HEIGHT - CODE_SIZE - 140
  for (const text of poster.lines) {
    for (const line of wrapText(ctx, text, POSTER_WIDTH - 2 * MARGIN)) {
      if (y + 42 > codeTop - 20) break
      ctx.fillText(line, MARGIN, y)
      y += 44
    }
  }

  ctx.drawImage(code, (POSTER_WIDTH - CODE_SIZE) / 2, codeTop, CODE_SIZE, CODE_SIZE)
  ctx.fillStyle = RED
  ctx.font = `bold 34px ${FONT}`
  const cta = poster.callToAction
  ctx.fillText(cta, (POSTER_WIDTH - ctx.measureText(cta).width) / 2, codeTop + CODE_SIZE + 30)
}
