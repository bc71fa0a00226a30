// Every action: its name, its input, its output. The client infers from it; the router validates with the schemas.
import type { z } from 'zod'
import type { chooseRolesInput, grantRoleInput, Me, meInput } from './users'
import type { getStationInput, nearbyInput, NearbyResult, StationView } from './stations'
import type { Role } from './roles'

type In<S extends z.ZodType> = z.input<S>

export interface Actions {
  'users.me': { input: In<typeof meInput>; output: Me }
  'users.chooseRoles': { input: In<typeof chooseRolesInput>; output: Me }
  'users.grantRole': { input: In<typeof grantRoleInput>; output: { openid: string; roles: Role[] } }
  'stations.nearby': { input: In<typeof nearbyInput>; output: NearbyResult }
  'stations.get': { input: In<typeof getStationInput>; output: StationView }
}

export type ActionName = keyof Actions
export type ActionInput<A extends ActionName> = Actions[A]['input']
export type ActionOutput<A extends ActionName> = Actions[A]['output']
