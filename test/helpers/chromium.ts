// The Chromium that the browser tests (and scripts/make-icons.ts) drive, brought by `npm install` alone.
//
// It is the headless shell inside the npm package @sparticuz/chromium: its tarball carries `bin/chromium.br`
// (brotli) and `bin/al2023.tar.br` (libnss3, libnspr4, libexpat… — every library the binary needs beyond glibc,
// see `ldd`), so on Linux x64 it runs with no system package. The package's own `executablePath()` is not used:
// it unpacks into the shared /tmp (a race between projects and workers) and adds the libraries only on Amazon
// Linux (@sparticuz/chromium build/esm/index.js `isRunningInAmazonLinux2023`). We unpack once per package
// version into node_modules/.cache/, atomically (a finished folder is renamed into place), so parallel jest
// workers and parallel checkouts never see half a binary. Version 153 (Chromium 153) is pinned as the newest
// release and the closest to what playwright-core 1.65 expects (159); its `engines` asks for Node 22, so npm 11 on
// Node 20 prints an EBADENGINE warning — harmless, as none of the package's JavaScript is loaded, only bin/.
import { createReadStream, createWriteStream, existsSync, readFileSync, readdirSync } from 'node:fs'
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createBrotliDecompress } from 'node:zlib'
import { chromium, type Browser, type LaunchOptions } from 'playwright-core'
import { extract } from 'tar-fs'

/** Flags from /work/shared/TESTING.md (what works on these machines), plus --disable-quic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export interface ChromiumInstall {
  /** Absolute path of the browser binary. */
  executablePath: string
  /** Variables the browser needs on top of process.env (LD_LIBRARY_PATH, FONTCONFIG_FILE), possibly none. */
  env: Record<string, string>
  /** Where it came from, for messages: 'CHROMIUM_PATH', '@sparticuz/chromium <version>' or '/usr/bin/chromium'. */
  source: string
}

let found: Promise<ChromiumInstall> | undefined

/**
 * Finds the browser, unpacking it on first use (~5 s, ~200 MB under node_modules/.cache/).
 * Order: `CHROMIUM_PATH` if set; else on Linux x64 the one in @sparticuz/chromium; else /usr/bin/chromium.
 * Throws an Error that says what to do when none of these exists.
 */
export function findChromium(): Promise<ChromiumInstall> {
  found ??= locate().catch((error: unknown) => {
    found = undefined
    throw error
  })
  return found
}

/** Launches headless Chromium with CHROMIUM_ARGS (plus `options.args`) through playwright-core. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const install = await findChromium()
  return chromium.launch({
    ...options,
    executablePath: install.executablePath,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    env: { ...process.env, ...options.env, ...install.env },
  })
}

async function locate(): Promise<ChromiumInstall> {
  const override = process.env.CHROMIUM_PATH
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override} does not exist`)
    return { executablePath: override, env: {}, source: 'CHROMIUM_PATH' }
  }
  if (process.platform === 'linux' && process.arch === 'x64') return unpackSparticuz()
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', env: {}, source: '/usr/bin/chromium' }
  throw new Error(
    `No Chromium for ${process.platform}/${process.arch}: the npm one (@sparticuz/chromium) is Linux x64 only. ` +
      'Set CHROMIUM_PATH to a Chrome or Chromium binary (for example /Applications/Google Chrome.app/Contents/MacOS/Google Chrome).',
  )
}

async function unpackSparticuz(): Promise<ChromiumInstall> {
  // The package exports only ".", so find its folder by walking up from its main file (build/…/index.*).
  let pkgDir = dirname(require.resolve('@sparticuz/chromium'))
  while (!existsSync(join(pkgDir, 'bin', 'chromium.br'))) {
    if (dirname(pkgDir) === pkgDir) throw new Error('@sparticuz/chromium has no bin/chromium.br: run npm install')
    pkgDir = dirname(pkgDir)
  }
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }
  const cacheRoot = join(pkgDir, '..', '..', '.cache', 'sparticuz-chromium')
  const dir = join(cacheRoot, version)
  const install: ChromiumInstall = {
    executablePath: join(dir, 'chromium'),
    env: { LD_LIBRARY_PATH: [join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'), FONTCONFIG_FILE: join(dir, 'fonts.conf') },
    source: `@sparticuz/chromium ${version}`,
  }
  if (existsSync(install.executablePath)) return install

  const bin = join(pkgDir, 'bin')
  const partial = `${dir}.partial-${process.pid}-${Date.now()}`
  await mkdir(partial, { recursive: true })
  try {
    await pipeline(createReadStream(join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(join(partial, 'chromium')))
    await chmod(join(partial, 'chromium'), 0o755)
    await pipeline(createReadStream(join(bin, 'al2023.tar.br')), createBrotliDecompress(), extract(partial)) // → lib/
    await pipeline(createReadStream(join(bin, 'fonts.tar.br')), createBrotliDecompress(), extract(partial, { ignore: (name) => name.endsWith('fonts.conf') })) // → fonts/
    // The package's fonts.conf names Lambda folders; ours adds its Open Sans to whatever fonts the system has.
    await writeFile(
      join(partial, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>/usr/share/fonts</dir>\n  <dir>/usr/local/share/fonts</dir>\n  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
    )
    // A folder without the binary (a copy cut short, or a fontconfig cache written into it since) is not an install.
    if (!existsSync(install.executablePath)) await rm(dir, { recursive: true, force: true })
    await rename(partial, dir)
  } catch (error) {
    await rm(partial, { recursive: true, force: true })
    if (!existsSync(install.executablePath)) throw error // else another process finished first: use its copy
  }
  // Older versions' copies are dead weight once the package is upgraded.
  for (const name of readdirSync(cacheRoot)) {
    if (name !== version && !name.includes('.partial-')) await rm(join(cacheRoot, name), { recursive: true, force: true })
  }
  return install
}
