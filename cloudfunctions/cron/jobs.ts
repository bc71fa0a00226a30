// Every timer job. A feature adds its job (from cloudfunctions/api/<feature>/jobs.ts) here.
import type { Job } from '../api/core/job'

export const jobs: Job[] = []
