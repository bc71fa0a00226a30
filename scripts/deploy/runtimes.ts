// Which Node.js runtimes a CloudBase function may be created with. Source: https://docs.cloudbase.net/cloud-function/runtime-support
// (normal functions: Nodejs 16.13, 18.15, 20.19 in every version of that page; newer ones appear only in later versions).
// A function's runtime is chosen at creation only: SCF's UpdateFunctionConfiguration cannot change it
// (@cloudbase/manager-node lib/function/index.js, updateFunctionConfig: "Runtime … 只能在 CreateFunction 时指定").
export const SUPPORTED_RUNTIMES = ['Nodejs16.13', 'Nodejs18.15', 'Nodejs20.19'] as const

/** `Nodejs18.15` → [18, 15]; null when it is not a Node.js runtime name. */
export function nodeVersionOf(runtime: string): [number, number] | null {
  const match = /^Nodejs(\d+)\.(\d+)$/.exec(runtime)
  return match ? [Number(match[1]), Number(match[2])] : null
}

/** Negative when runtime a is older than b, 0 when equal, positive when newer (Node.js runtimes only). */
export function compareRuntimes(a: string, b: string): number {
  const [va, vb] = [nodeVersionOf(a), nodeVersionOf(b)]
  if (!va || !vb) return Number.NaN
  return va[0] - vb[0] || va[1] - vb[1]
}
