// The believable demo block the local cloud loads on its first start.
import { demoEventData } from './events'
import { stationDoc } from '../cloudfunctions/api/stations/stationDoc'
import { demoShopManagers, demoShops } from './shops'
import { demoStations } from './stations'
import { demoUsers } from './users'
import { demoClaims, demoFulfilments, demoIntents, demoProjects } from './projects'
import { demoTeamDocs } from './teams'
import { demoResources } from './resources'
import { demoPositions } from './positions'
import { demoNotices, demoShelters } from './notices'
import { demoBadges } from './badges'
import { demoNeedsAndVisits } from './needs'
import { DEMO_BLOCK, demoBlocks, demoGrids, demoStreets } from './org'

export interface SeedTarget {
  insertMany(collection: string, docs: object[]): Promise<unknown>
}

/** Records that belong to a block carry its id and its street's (issue 16): the seed's are the demo block's. */
const inDemoBlock = <T extends object>(docs: T[]): Array<T & typeof DEMO_BLOCK> => docs.map((doc) => ({ ...doc, ...DEMO_BLOCK }))

export async function seedDemoBlock(store: SeedTarget, now = new Date()): Promise<void> {
  await store.insertMany('streets', demoStreets)
  await store.insertMany('blocks', demoBlocks)
  await store.insertMany('grids', demoGrids)
  await store.insertMany(
    'users',
    demoUsers.map((user) => ({ ...user, createdAt: now })),
  )
  await store.insertMany(
    'stations',
    demoStations.map((fields) => stationDoc(fields, now)),
  )
  const registry = demoNeedsAndVisits(demoShops, now)
  await store.insertMany('shops', inDemoBlock(registry.shops))
  await store.insertMany('shopManagers', demoShopManagers)
  // Each feature seeds its own collections below (seed/<feature>.ts).
  const demoEvents = demoEventData(now)
  await store.insertMany('events', inDemoBlock(demoEvents.events))
  await store.insertMany('signups', demoEvents.signups)
  await store.insertMany('signupForms', demoEvents.forms)
  await store.insertMany('projects', inDemoBlock(demoProjects()))
  await store.insertMany('projectClaims', inDemoBlock(demoClaims()))
  await store.insertMany('projectFulfilments', inDemoBlock(demoFulfilments()))
  await store.insertMany('projectIntents', inDemoBlock(demoIntents()))
  const team = demoTeamDocs(now)
  await store.insertMany('teams', inDemoBlock(team.teams))
  await store.insertMany('teamMembers', team.members)
  await store.insertMany('teamActivities', team.activities)
  await store.insertMany('volunteerHours', team.hours)
  await store.insertMany('resources', demoResources(now))
  await store.insertMany('positions', inDemoBlock(demoPositions(now)))
  const notices = demoNotices(now)
  await store.insertMany('notices', inDemoBlock(notices))
  // Shelters carry the windows of the emergencies in force or to come, as notices.save keeps them.
  const shownDuring = notices
    .filter((n) => n.kind === 'emergency' && new Date(n.expiresAt) > now)
    .map((n) => ({ from: new Date(n.startsAt), until: new Date(n.expiresAt) }))
  await store.insertMany(
    'stations',
    demoShelters.map((fields) => stationDoc({ ...fields, shownDuring }, now)),
  )
  await store.insertMany('badges', inDemoBlock(demoBadges(now)))
  await store.insertMany('shopContacts', registry.contacts)
  await store.insertMany('visits', inDemoBlock(registry.visits))
  await store.insertMany('visitAnswers', inDemoBlock(registry.answers))
  await store.insertMany('needs', inDemoBlock(registry.needs))
}
