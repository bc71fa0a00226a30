// Draws the tab bar icons and the empty-state picture (PNG: weapp's tab bar takes no SVG). Run once: node --import tsx scripts/make-icons.ts
import { join } from 'node:path'
import { launchChromium } from '../test/helpers/chromium'

const ASSETS = join(__dirname, '..', 'src', 'assets')
const ICONS: Record<string, string> = {
  stations:
    '<path d="M12 3 3 10v11h6v-6h6v6h6V10z" fill="none" stroke="C" stroke-width="2" stroke-linejoin="round"/><circle cx="12" cy="10.5" r="1.6" fill="C"/>',
  events:
    '<rect x="3.5" y="5" width="17" height="15.5" rx="2" fill="none" stroke="C" stroke-width="2"/><path d="M3.5 10h17M8 3v4M16 3v4" stroke="C" stroke-width="2" stroke-linecap="round"/><circle cx="12" cy="15" r="1.8" fill="C"/>',
  services:
    '<rect x="4" y="4" width="7" height="7" rx="1.5" fill="none" stroke="C" stroke-width="2"/><rect x="13" y="4" width="7" height="7" rx="1.5" fill="none" stroke="C" stroke-width="2"/><rect x="4" y="13" width="7" height="7" rx="1.5" fill="none" stroke="C" stroke-width="2"/><path d="M16.5 13.5v6M13.5 16.5h6" stroke="C" stroke-width="2" stroke-linecap="round"/>',
  me: '<circle cx="12" cy="8.5" r="4" fill="none" stroke="C" stroke-width="2"/><path d="M4.5 20.5c1.2-4 4.2-6 7.5-6s6.3 2 7.5 6" fill="none" stroke="C" stroke-width="2" stroke-linecap="round"/>',
  empty:
    '<rect x="4" y="7" width="16" height="12" rx="2" fill="none" stroke="C" stroke-width="1.5"/><path d="M4 11h5l1.5 2h3L15 11h5" fill="none" stroke="C" stroke-width="1.5" stroke-linejoin="round"/><path d="M9 4.5 10 6M15 4.5 14 6M12 3.5v2" stroke="C" stroke-width="1.5" stroke-linecap="round"/>',
}
async function main() {
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 81, height: 81 } })
  for (const [name, body] of Object.entries(ICONS)) {
    const variants: Array<[string, string, number]> =
      name === 'empty'
        ? [['', '#c9c9c9', 160]]
        : [
            ['', '#666666', 81],
            ['-active', '#c8161d', 81],
          ]
    for (const [suffix, colour, size] of variants) {
      await page.setViewportSize({ width: size, height: size })
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${size}" height="${size}">${body.replaceAll('"C"', `"${colour}"`)}</svg></body></html>`,
      )
      const path = name === 'empty' ? join(ASSETS, 'empty.png') : join(ASSETS, 'tabbar', `${name}${suffix}.png`)
      await page.screenshot({ path, omitBackground: true })
    }
  }
  await browser.close()
}
void main()
