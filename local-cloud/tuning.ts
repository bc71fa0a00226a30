/**
 * The local cloud's speed-ups (issue 17, target 4) can be switched off, for `npm run bench` to measure the path as
 * it was before them in the same run: `LOCAL_CLOUD_UNTUNED=1`, read when the local cloud starts (startLocalCloud).
 * Off changes speed only, never an answer: the conformance suite holds either way.
 */
export function tunedByEnv(env: Record<string, string | undefined> = process.env): boolean {
  return env.LOCAL_CLOUD_UNTUNED !== '1'
}
