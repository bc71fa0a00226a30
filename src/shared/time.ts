import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** Shanghai: UTC+8 all year (no daylight saving). */
export const BLOCK_UTC_OFFSET_MINUTES = 8 * 60

/**
 * The block's wall clock, whatever zone the device is set to: event times, opening hours and deadlines are
 * Shanghai times, and a form typed in Shanghai time must read back the same.
 */
export const blockTime = (at?: dayjs.ConfigType) => dayjs(at).utcOffset(BLOCK_UTC_OFFSET_MINUTES)
