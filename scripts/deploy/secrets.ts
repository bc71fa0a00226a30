import { readFileSync } from 'node:fs'
import { join } from 'node:path'

// Secrets each function reads from its environment. CloudBase has no secret store for functions: the value goes into
// the function's environment variables (SCF `Environment.Variables`, manager-node `envVariables`), which
// `npm run deploy` sets from the deployer's environment or deploy.env.local — the value is never in the repository.

export interface SecretSpec {
  /** The environment variable the function reads. */
  name: string
  /** What breaks without it (printed when it is missing). */
  purpose: string
  /** Shorter values are refused: a guessable key is as bad as none. */
  minLength: number
}

/**
 * The subscribe-message template ids (`TARO_APP_TEMPLATE_*`), read from `types/messages.vocab.ts` so a template added
 * there is required here too. Not secret, but per mini-program: the functions send with them (their environment) and
 * the weapp build asks for them, so a deploy with a missing or `LOCAL_*` placeholder id would ship silent reminders.
 * WeChat's template ids are 43 characters.
 */
export const TEMPLATE_SETTINGS: SecretSpec[] = [
  ...new Set(readFileSync(join(__dirname, '..', '..', 'types', 'messages.vocab.ts'), 'utf8').match(/TARO_APP_TEMPLATE_[A-Z0-9_]+/g) ?? []),
].map((name) => ({ name, purpose: '订阅消息 template id (MP console → 订阅消息 → 我的模板; types/messages.vocab.ts)', minLength: 20 }))

export const FUNCTION_SECRETS: Record<string, SecretSpec[]> = {
  api: [
    { name: 'BADGE_SECRET', purpose: 'the HMAC key of staff badge QR codes (cloudfunctions/api/badges/badgeCode.ts)', minLength: 32 },
    ...TEMPLATE_SETTINGS,
  ],
  cron: [...TEMPLATE_SETTINGS],
}
