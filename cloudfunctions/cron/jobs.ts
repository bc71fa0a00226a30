// Every timer job. A feature adds its job (from cloudfunctions/api/<feature>/jobs.ts) here.
import type { Job } from '../api/core/job'
import { eventReminderJob } from '../api/events/jobs'
import { expireDataExports } from '../api/mydata/exportFiles'
import { needsJobs } from '../api/needs/jobs'

export const jobs: Job[] = [eventReminderJob, expireDataExports, ...needsJobs]
