// WCAG 2.1 contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), with a translucent colour first laid
// over its background.
export interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

const channel = (value: number) => {
  const c = value / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}
const luminance = ({ r, g, b }: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
const over = (top: Rgba, under: Rgba): Rgba => ({
  r: top.r * top.a + under.r * (1 - top.a),
  g: top.g * top.a + under.g * (1 - top.a),
  b: top.b * top.a + under.b * (1 - top.a),
  a: 1,
})

/** The contrast ratio of text over a background (1 to 21). Backgrounds are taken as laid over white. */
export function contrastOf(text: Rgba, background: Rgba): number {
  const solidBackground = over(background, { r: 255, g: 255, b: 255, a: 1 })
  const [light, dark] = [luminance(over(text, solidBackground)), luminance(solidBackground)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}
