import { z } from 'zod'

/** The cloud calls (`cloud.openapi.*`) the probe knows how to try harmlessly. */
export const PROBED_OPENAPIS = ['security.msgSecCheck', 'subscribeMessage.send', 'wxacode.getUnlimited'] as const

export const probeInput = z
  .object({
    /** Which permissions to try; default all the probe knows. */
    apis: z
      .array(z.enum(PROBED_OPENAPIS, { error: '未知的云调用接口' }))
      .max(PROBED_OPENAPIS.length)
      .optional(),
  })
  .strict()

/**
 * registered: the call passed CloudBase's permission gate (WeChat answered, even with its own error);
 * missing: -604101, the function's config.json permission is not registered in the cloud;
 * unknown: the probe could not tell (e.g. -604104, a caller that may not make cloud calls at all).
 */
export type PermissionStatus = 'registered' | 'missing' | 'unknown'

export interface PermissionProbe {
  api: string
  status: PermissionStatus
  /** The errCode the call failed with; null when it succeeded. */
  errCode: number | null
  message: string
}

export interface SystemActions {
  'system.probe': { input: typeof probeInput; output: { results: PermissionProbe[] } }
}
