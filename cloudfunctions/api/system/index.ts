import type { AnyAction } from '../core/action'
import { defineAction } from '../core/action'
import { probeInput, PROBED_OPENAPIS } from '@/types/system'
import { probeOpenApi } from './probe'
import { ADMIN_ROLES } from '@/types/roles'

/** An admin checks from the mini-program that the cloud calls work (the deployer's own check: api/main.ts). */
const probe = defineAction({
  name: 'system.probe',
  input: probeInput,
  roles: ADMIN_ROLES,
  handle: async ({ caller, input }) => ({ results: await probeOpenApi(input.apis ?? [...PROBED_OPENAPIS], caller.openid) }),
})

export const systemActions: AnyAction[] = [probe]
