// The deploy refuses before touching anything when a value it needs is missing or still a placeholder.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readPlan, ROOT, secretsOf } from '@/scripts/deploy/plan'
import { readSettings } from '@/scripts/deploy/settings'

const dir = mkdtempSync(path.join(tmpdir(), 'deploy-settings-'))
const keyFile = path.join(dir, 'private.key')
writeFileSync(keyFile, 'not a real key')
const noFile = path.join(dir, 'absent.env')
const secrets = secretsOf(readPlan())
/** Every template id the code reads (written here by hand from types/messages.vocab.ts), as WeChat's 43-character ids. */
const TEMPLATE_NAMES = [
  'TARO_APP_TEMPLATE_EVENT_REMINDER',
  'TARO_APP_TEMPLATE_EVENT_SEAT_CONFIRMED',
  'TARO_APP_TEMPLATE_NEED_PROGRESS',
  'TARO_APP_TEMPLATE_EVENT_CHANGED',
]
const templates = Object.fromEntries(TEMPLATE_NAMES.map((name, i) => [name, `${i}Xy7`.padEnd(43, 'abcDEF_-')]))

const valid: Record<string, string | undefined> = {
  TCB_ENV_ID: 'nuanxin-prod-1a2b3c',
  WX_APPID: 'wx1234567890abcdef',
  TENCENTCLOUD_SECRETID: 'AKIDexample',
  TENCENTCLOUD_SECRETKEY: 'example-key',
  WX_UPLOAD_KEY_PATH: keyFile,
  BADGE_SECRET: 'k'.repeat(48),
  ...templates,
}

it('the plan needs BADGE_SECRET for the api function', () => {
  expect(secrets.map((s) => s.name)).toContain('BADGE_SECRET')
})

it('complete, real-looking settings pass, and the secret is kept for the function environment', () => {
  const { missing, invalid, settings } = readSettings(secrets, valid, noFile)
  expect(missing).toEqual([])
  expect(invalid).toEqual([])
  expect(settings.secrets).toEqual({ BADGE_SECRET: valid.BADGE_SECRET, ...templates })
})

it('every subscribe template id is required, and a LOCAL_* placeholder is refused (reminders would never arrive)', () => {
  expect(secrets.map((s) => s.name)).toEqual(expect.arrayContaining(TEMPLATE_NAMES))
  const [first, ...rest] = TEMPLATE_NAMES
  const withoutOne: Record<string, string | undefined> = { ...valid, [first]: undefined }
  expect(readSettings(secrets, withoutOne, noFile).missing).toEqual([first])
  const placeholders = readSettings(secrets, { ...valid, [rest[0]]: 'LOCAL_EVENT_SEAT_CONFIRMED' }, noFile)
  expect(placeholders.invalid.join('\n')).toContain(rest[0])
})

it('without BADGE_SECRET (absent or empty) the deploy has it missing', () => {
  const { BADGE_SECRET: _dropped, ...withoutSecret } = valid
  expect(readSettings(secrets, withoutSecret, noFile).missing).toEqual(['BADGE_SECRET'])
  expect(readSettings(secrets, { ...valid, BADGE_SECRET: '' }, noFile).missing).toEqual(['BADGE_SECRET'])
})

it("README's example values and short secrets are refused", () => {
  const { invalid } = readSettings(
    secrets,
    { ...valid, TCB_ENV_ID: 'your-env-id', WX_APPID: 'wx0123456789abcdef', BADGE_SECRET: 'a-long-random-string' },
    noFile,
  )
  expect(invalid.join('\n')).toMatch(/TCB_ENV_ID/)
  expect(invalid.join('\n')).toMatch(/WX_APPID/)
  expect(invalid.join('\n')).toMatch(/BADGE_SECRET/)
  expect(readSettings(secrets, { ...valid, BADGE_SECRET: 'short-secret' }, noFile).invalid.join()).toMatch(/BADGE_SECRET is shorter than 32/)
})

it('an AppID that is not wx + 16 hex digits and an upload key that is not there are refused', () => {
  const { invalid } = readSettings(secrets, { ...valid, WX_APPID: 'touristappid2', WX_UPLOAD_KEY_PATH: path.join(dir, 'nope.key') }, noFile)
  expect(invalid.join('\n')).toMatch(/WX_APPID/)
  expect(invalid.join('\n')).toMatch(/WX_UPLOAD_KEY_PATH/)
})

it('deploy.env.local values count, with trailing comments dropped; the environment wins', () => {
  const envFile = path.join(dir, 'deploy.env.local')
  writeFileSync(envFile, `# settings\nBADGE_SECRET=${'f'.repeat(40)}   # signs badges\nTCB_ENV_ID=from-file\n`)
  const { settings } = readSettings(secrets, { ...valid, BADGE_SECRET: undefined, TCB_ENV_ID: 'from-env' }, envFile)
  expect(settings.secrets).toEqual({ BADGE_SECRET: 'f'.repeat(40), ...templates })
  expect(settings.envId).toBe('from-env')
})

it('npm run deploy without BADGE_SECRET refuses (exit 2, naming it) before building or connecting', () => {
  const env = { ...process.env, ...valid, BADGE_SECRET: '' }
  const result = spawnSync('node', ['--import', 'tsx', 'scripts/deploy/index.ts'], { cwd: ROOT, env, encoding: 'utf8' })
  expect(result.status).toBe(2)
  expect(result.stderr).toMatch(/Refusing to deploy: BADGE_SECRET is not set/)
  expect(result.stdout).not.toMatch(/▶ build/)
}, 30_000)
