// The staff 工作台: each feature adds its staff pages here (pages live in this `staff` subpackage).
import type { Entry } from '../shared/entries'

export const staffEntries: Entry[] = []
