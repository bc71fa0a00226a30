// Unpacks the npm-shipped Chromium the browser tests use (once per version) and prints where it is.
// `npm test` runs it beside the builds; run by hand: node --import tsx scripts/prepare-chromium.ts
import { findChromium } from '../test/helpers/chromium'

findChromium().then(
  (install) => console.log(`Chromium: ${install.source} at ${install.executablePath}`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
