// h5 (the local debug build; the mini-program takes fontScaleHost.ts): the browser's font size and the document root.

/** The browser's default font size (what a user sets in the browser or system) over 16 px, or null when unknown. */
export function readSystemFontScale(): number | null {
  const probe = document.createElement('div')
  probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium'
  document.body.appendChild(probe)
  const px = parseFloat(getComputedStyle(probe).fontSize)
  probe.remove()
  return px > 0 ? px / 16 : null
}

/** Sets --nx-text-scale on the document root: every page at once. */
export function showTextScale(scale: number): void {
  document.documentElement.style.setProperty('--nx-text-scale', String(scale))
}
