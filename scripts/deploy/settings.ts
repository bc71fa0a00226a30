// Where the deploy's identifiers and keys come from: the environment, or an ignored `deploy.env.local` file.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './plan'

export interface DeploySettings {
  envId: string
  appid: string
  secretId: string
  secretKey: string
  /** The mini-program upload key (MP console → 开发管理 → 小程序代码上传). */
  uploadKeyPath: string
  version: string
  description: string
  /** Everything from the environment and deploy.env.local, for the functions' secrets. */
  env: Record<string, string | undefined>
}

const REQUIRED: Array<[Exclude<keyof DeploySettings, 'env'>, string]> = [
  ['envId', 'TCB_ENV_ID'],
  ['appid', 'WX_APPID'],
  ['secretId', 'TENCENTCLOUD_SECRETID'],
  ['secretKey', 'TENCENTCLOUD_SECRETKEY'],
  ['uploadKeyPath', 'WX_UPLOAD_KEY_PATH'],
]

function readEnvFile(file: string): Record<string, string> {
  if (!existsSync(file)) return {}
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim()]),
  )
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): { settings: Partial<DeploySettings>; missing: string[] } {
  const merged = { ...readEnvFile(join(ROOT, 'deploy.env.local')), ...env }
  const settings: Partial<DeploySettings> = {
    env: merged,
    version: merged.RELEASE_VERSION || new Date().toISOString().slice(0, 10).replace(/-/g, '.'),
    description: merged.RELEASE_DESC || '暖新街区',
  }
  const missing: string[] = []
  for (const [key, name] of REQUIRED) {
    if (merged[name]) settings[key] = merged[name]
    else missing.push(name)
  }
  return { settings, missing }
}
