import type { AnyAction } from '../core/action'
import { getEvent, listEvents, manageEvents } from './browse'
import { cancelSignup } from './cancel'
import { checkIn } from './checkin'
import { myEvents, remindMe } from './mine'
import { eventRoster, eventRosterCsv, signupDetail } from './roster'
import { signupForEvent } from './signup'
import { signupCompanion } from './companions'
import { createEvent, getEventCode, setEventStatus, updateEvent } from './staffEdit'
import { eventsStats } from './stats'

export const eventsActions: AnyAction[] = [
  listEvents,
  getEvent,
  signupForEvent,
  signupCompanion,
  cancelSignup,
  myEvents,
  remindMe,
  checkIn,
  createEvent,
  updateEvent,
  setEventStatus,
  manageEvents,
  eventRoster,
  eventRosterCsv,
  signupDetail,
  getEventCode,
  eventsStats,
]
