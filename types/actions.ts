// Every action: its name, its input schema, its output — declared ONCE, in each feature's `<Feature>Actions`
// (types/<feature>.ts) as `'feature.verb': { input: typeof verbInput; output: VerbResult }`; this joins them.
// Everything else is typed from here: the router's `defineAction` (cloudfunctions/api/core/action.ts) must be given
// exactly that schema and return that output, the app's `callApi` and the test client's `call`/`callOk` take
// `z.input` of it and answer the output. Binding an action to another action's schema is a type error
// (test/types/contractBinding.ts). Only types come from here (`import type`), so zod stays out of the app bundle.
import type { z } from 'zod'
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
import type { OrgActions } from './org'
import type { PostersActions } from './posters'
import type { HoursActions } from './hours'

export interface Actions
  extends
    UsersActions,
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
    OrgActions,
    PostersActions,
    HoursActions {}

export type ActionName = keyof Actions
/** The zod schema the router validates action `A`'s input with. */
export type ActionSchema<A extends ActionName> = Actions[A]['input']
/** What a caller sends for action `A` (before the schema's defaults and transforms). */
export type ActionInput<A extends ActionName> = z.input<ActionSchema<A>>
/** What action `A`'s handler receives (after the schema's defaults and transforms). */
export type ActionParsedInput<A extends ActionName> = z.output<ActionSchema<A>>
export type ActionOutput<A extends ActionName> = Actions[A]['output']

/** The actions whose `input` is not a zod schema (e.g. an inferred type written by mistake): none. */
type NotSchemas = { [A in ActionName]: Actions[A]['input'] extends z.ZodType ? never : A }[ActionName]
type MustBeNone<T extends never> = T
/** Fails to compile, naming the action ("'x.y' does not satisfy the constraint 'never'"), when one is not a schema. */
export type EveryInputIsASchema = MustBeNone<NotSchemas>
