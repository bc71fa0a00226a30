// Every timer job. A feature adds its job (from cloudfunctions/api/<feature>/jobs.ts) here.
import type { Job } from '../api/core/job'
import { eventReminderJob } from '../api/events/jobs'
import { reclaimStaleSignupsJob } from '../api/events/stalePending'
import { expireDataExports } from '../api/mydata/exportFiles'
import { needsJobs } from '../api/needs/jobs'

export const jobs: Job[] = [eventReminderJob, reclaimStaleSignupsJob, expireDataExports, ...needsJobs]
