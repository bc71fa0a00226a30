// Every action: its name, its input, its output. Each feature declares its own `<Feature>Actions` in
// types/<feature>.ts; this joins them. The client infers from it; the router validates with the schemas.
import type { ShopsActions } from './shops'
import type { EventsActions } from './events'
import type { StationsActions } from './stations'
import type { UsersActions } from './users'
import type { ProjectsActions } from './projects'
import type { TeamsActions } from './teams'
import type { MyDataActions } from './mydata'
import type { ResourcesActions } from './resources'
import type { BadgesActions } from './badges'
import type { PositionsActions } from './positions'
import type { NoticesActions } from './notices'
import type { NeedsActions } from './needs'
import type { ShopRegistryActions } from './shopRegistry'
import type { VisitsActions } from './visits'
import type { DashboardActions } from './dashboard'
import type { SystemActions } from './system'
import type { ImportsActions } from './imports'
import type { StationsManageActions } from './stationsManage'
import type { PostersActions } from './posters'
import type { HoursActions } from './hours'

export interface Actions
  extends UsersActions,
    EventsActions,
    ProjectsActions,
    TeamsActions,
    MyDataActions,
    StationsActions,
    ShopsActions,
    ResourcesActions,
    BadgesActions,
    PositionsActions,
    NoticesActions,
    NeedsActions,
    ShopRegistryActions,
    VisitsActions,
    DashboardActions,
    SystemActions,
    ImportsActions,
    StationsManageActions,
    PostersActions,
    HoursActions {}

export type ActionName = keyof Actions
export type ActionInput<A extends ActionName> = Actions[A]['input']
export type ActionOutput<A extends ActionName> = Actions[A]['output']
