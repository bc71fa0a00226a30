import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { LocalCloudStore } from './index'

/** What a project tells the local cloud (its `local-cloud.config.ts` default-exports this). */
export interface LocalCloudProjectConfig {
  /** Built functions: `<functionsDir>/<name>/index.js`. */
  functionsDir: string
  /** The h5 build served at `/`. */
  staticDir?: string
  /** Parsed `database/collections.json`. */
  collections: object
  /** Fills an empty data directory on first start. */
  seed?: (store: LocalCloudStore) => Promise<void>
  envId?: string
  appId?: string
  instancesPerFunction?: number
  /** The mini-program's pages (full paths, first = home), for wxacode.getUnlimited's `check_path`. */
  miniProgramPages?: readonly string[]
  /** Printed at start so a developer knows which `x-wx-openid` values mean something in the seed data. */
  demoIdentities?: Array<{ openid: string; label: string }>
}

export function defineLocalCloudConfig(config: LocalCloudProjectConfig): LocalCloudProjectConfig {
  return config
}

export interface CliSettings {
  port: number
  host: string
  dataDir: string
  configFile: string
  /** `--allow-network`: consent to a HOST beyond loopback. */
  allowNetwork: boolean
}

/**
 * PORT (8787), HOST (127.0.0.1), DATA_DIR (.data/), LOCAL_CLOUD_CONFIG (local-cloud.config.ts), relative to cwd;
 * the flag `--allow-network` (`npm start -- --allow-network`).
 */
export function readCliSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), argv = process.argv.slice(2)): CliSettings {
  const port = env.PORT === undefined || env.PORT === '' ? 8787 : Number(env.PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`)
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(cwd, env.DATA_DIR || '.data'),
    configFile: path.resolve(cwd, env.LOCAL_CLOUD_CONFIG || 'local-cloud.config.ts'),
    allowNetwork: argv.includes('--allow-network'),
  }
}

export async function loadProjectConfig(file: string): Promise<LocalCloudProjectConfig> {
  const loaded = await import(pathToFileURL(file).href)
  // A CommonJS-compiled TypeScript file arrives with its default export wrapped once more.
  const config = loaded.default?.default ?? loaded.default ?? loaded
  if (!config || typeof config.functionsDir !== 'string' || typeof config.collections !== 'object') {
    throw new Error(`${file} must default-export { functionsDir, collections, staticDir?, seed? }`)
  }
  return config as LocalCloudProjectConfig
}
