// Where the deploy's identifiers and keys come from: the environment, or an ignored `deploy.env.local` file.
// Every value the deploy itself needs is checked before anything is touched: missing, or still a placeholder
// (the examples in README), is refused.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './plan'
import type { SecretSpec } from './secrets'
import { isPlaceholderTemplate } from '@/types/messages.vocab'

export interface DeploySettings {
  envId: string
  appid: string
  secretId: string
  secretKey: string
  /** The mini-program upload key (MP console → 开发管理 → 开发设置 → 小程序代码上传). */
  uploadKeyPath: string
  version: string
  description: string
  /** The functions' secrets by name (scripts/deploy/secrets.ts), only those the plan needs. */
  secrets: Record<string, string>
}

type Key = Exclude<keyof DeploySettings, 'secrets' | 'version' | 'description'>

const REQUIRED: Array<[Key, string]> = [
  ['envId', 'TCB_ENV_ID'],
  ['appid', 'WX_APPID'],
  ['secretId', 'TENCENTCLOUD_SECRETID'],
  ['secretKey', 'TENCENTCLOUD_SECRETKEY'],
  ['uploadKeyPath', 'WX_UPLOAD_KEY_PATH'],
]

/** Values copied from README's example or the project's own placeholders: never a real setting. */
const PLACEHOLDERS = new Set(['your-env-id', 'wx0123456789abcdef', 'touristappid', 'a-long-random-string', '...', 'changeme', 'change-me'])
const APPID_PATTERN = /^wx[0-9a-f]{16}$/

export function readEnvFile(file: string): Record<string, string> {
  if (!existsSync(file)) return {}
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter((line) => line && !line.startsWith('#') && line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim()]),
  )
}

export interface SettingsReading {
  settings: Partial<DeploySettings>
  /** Names not set at all. */
  missing: string[]
  /** Names set to something the deploy refuses (placeholder, malformed, too short, no such file): one sentence each. */
  invalid: string[]
}

/**
 * Reads and checks the settings. `secrets` are those the plan's functions need (each required, never printed).
 * The environment wins over `envFile`.
 */
export function readSettings(
  secrets: SecretSpec[],
  env: Record<string, string | undefined> = process.env,
  envFile = join(ROOT, 'deploy.env.local'),
): SettingsReading {
  const defined = Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)
  const merged: Record<string, string | undefined> = { ...readEnvFile(envFile), ...Object.fromEntries(defined) }
  const settings: Partial<DeploySettings> = {
    version: merged.RELEASE_VERSION || new Date().toISOString().slice(0, 10).replace(/-/g, '.'),
    description: merged.RELEASE_DESC || '暖新街区',
    secrets: {},
  }
  const missing: string[] = []
  const invalid: string[] = []
  const isPlaceholder = (value: string) => PLACEHOLDERS.has(value.toLowerCase()) || /^<.*>$/.test(value) || isPlaceholderTemplate(value)

  for (const [key, name] of REQUIRED) {
    const value = merged[name]
    if (!value) missing.push(name)
    else if (isPlaceholder(value)) invalid.push(`${name} is still the placeholder "${value}"`)
    else settings[key] = value
  }
  if (settings.appid && !APPID_PATTERN.test(settings.appid)) {
    invalid.push(`WX_APPID "${settings.appid}" is not a mini-program AppID (wx + 16 hex digits, MP console → 开发管理 → 开发设置)`)
  }
  if (settings.uploadKeyPath && !existsSync(settings.uploadKeyPath)) {
    invalid.push(`WX_UPLOAD_KEY_PATH names no file: ${settings.uploadKeyPath}`)
  }
  for (const secret of secrets) {
    const value = merged[secret.name]
    if (!value) missing.push(secret.name)
    else if (isPlaceholder(value)) invalid.push(`${secret.name} is still a placeholder (${secret.purpose})`)
    else if (value.length < secret.minLength) invalid.push(`${secret.name} is shorter than ${secret.minLength} characters (${secret.purpose})`)
    else settings.secrets![secret.name] = value
  }
  return { settings, missing, invalid }
}
