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

export const FUNCTION_SECRETS: Record<string, SecretSpec[]> = {
  api: [{ name: 'BADGE_SECRET', purpose: 'the HMAC key of staff badge QR codes (cloudfunctions/api/badges/badgeCode.ts)', minLength: 32 }],
}
