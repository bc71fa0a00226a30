// The browser the tests drive comes from npm alone (issue 19): on Linux x64 it is the unpacked @sparticuz/chromium,
// every shared library it loads beyond glibc is one it brings, and playwright-core drives it with our flags.
import { execFileSync } from 'node:child_process'
import { basename, join, sep } from 'node:path'
import { CHROMIUM_ARGS, findChromium, launchChromium } from '../helpers/chromium'

jest.setTimeout(60_000)

const linuxX64 = process.platform === 'linux' && process.arch === 'x64' && !process.env.CHROMIUM_PATH
const onLinuxX64 = linuxX64 ? test : test.skip

/** glibc's own libraries: the only ones a bare Linux (no Debian package installed by hand) is sure to have. */
const GLIBC = /^(linux-vdso|ld-linux-x86-64|libc|libm|libdl|libpthread|librt|libgcc_s)\.so/

onLinuxX64('the binary is the one in node_modules, and loads no library from outside it but glibc', async () => {
  const install = await findChromium()
  expect(install.source).toMatch(/^@sparticuz\/chromium \d+/)
  expect(install.executablePath).toBe(join(process.cwd(), 'node_modules', '.cache', 'sparticuz-chromium', install.source.split(' ')[1], 'chromium'))

  const ldd = execFileSync('ldd', [install.executablePath], { env: { ...process.env, ...install.env }, encoding: 'utf8' })
  const libs = ldd
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  expect(libs.filter((line) => line.includes('not found'))).toEqual([])
  const fromOutside = libs.filter((line) => !GLIBC.test(basename(line.split(' ')[0])) && !line.includes(`${sep}node_modules${sep}.cache${sep}`))
  expect(fromOutside).toEqual([])
  // libnss3 is what Debian's chromium package would have brought; here it must come from the npm package.
  expect(libs.find((line) => line.startsWith('libnss3.so'))).toContain(join(install.executablePath, '..', 'lib', 'libnss3.so'))
})

test('playwright-core launches it with the flags from TESTING.md and drives a page', async () => {
  for (const flag of [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ]) {
    expect(CHROMIUM_ARGS).toContain(flag)
  }
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ locale: 'zh-CN' })
    await page.setContent('<button onclick="this.textContent = \'已报名 \' + navigator.language">报名</button>')
    await page.click('button')
    expect(await page.innerText('button')).toBe('已报名 zh-CN')
  } finally {
    await browser.close()
  }
})
