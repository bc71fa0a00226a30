// Every action the `api` function serves: each feature exports its list from cloudfunctions/api/<feature>/index.ts.
import type { AnyAction } from './core/action'
import { shopsActions } from './shops'
import { eventsActions } from './events'
import { stationsActions } from './stations'
import { usersActions } from './users'
import { projectsActions } from './projects'
import { teamsActions } from './teams'
import { resourcesActions } from './resources'
import { badgesActions } from './badges'
import { positionsActions } from './positions'
import { noticesActions } from './notices'
import { mydataActions } from './mydata'
import { needsActions } from './needs'
import { visitsActions } from './visits'
import { dashboardActions } from './dashboard'
import { importsActions } from './imports'

export const actions: AnyAction[] = [...usersActions, ...eventsActions, ...projectsActions, ...teamsActions, ...mydataActions, ...stationsActions, ...shopsActions, ...resourcesActions, ...badgesActions, ...positionsActions, ...noticesActions, ...needsActions, ...visitsActions, ...dashboardActions, ...importsActions]
