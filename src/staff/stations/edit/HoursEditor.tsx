import { Text, View } from '@tarojs/components'
import type { OpeningHours, OpeningPeriod } from '@/types/stations'
import {
  MAKE_UP_WORKDAY_RULES,
  MAKE_UP_WORKDAY_RULE_LABELS,
  PUBLIC_HOLIDAY_RULES,
  PUBLIC_HOLIDAY_RULE_LABELS,
  type MakeUpWorkdayRule,
  type PublicHolidayRule,
} from '@/types/stations.vocab'
import { Button } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { Chips } from '@/src/staff/shared/Chips'
import { ToggleChips } from '@/src/staff/shared/ToggleChips'

/** Monday first, as a Chinese week reads; values are the stored day numbers (0 = Sunday) as text. */
const DAYS = ['1', '2', '3', '4', '5', '6', '0'] as const
type Day = (typeof DAYS)[number]
const DAY_LABELS: Record<Day, string> = { '1': '一', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '0': '日' }
const MODES = ['periods', 'always'] as const
const MODE_LABELS: Record<(typeof MODES)[number], string> = { periods: '按时段', always: '24 小时' }

/** Runs past midnight: the close is at or before the open (the stored rule, see stations/openingHours.ts). */
const overnight = (p: OpeningPeriod) => /^\d\d:\d\d$/.test(p.open) && /^\d\d:\d\d$/.test(p.close) && p.close <= p.open && p.close !== '24:00'

/**
 * Opening hours: 24 h, or periods (days + open/close; a close before the open runs to the next day, 次日), plus
 * what happens on public holidays and on make-up working days (China's official calendar, checked in the cloud).
 */
export function HoursEditor({ value, onChange }: { value: OpeningHours; onChange: (hours: OpeningHours) => void }) {
  const setPeriod = (i: number, patch: Partial<OpeningPeriod>) =>
    onChange({ ...value, periods: value.periods.map((p, j) => (j === i ? { ...p, ...patch } : p)) })
  const addPeriod = () => onChange({ ...value, periods: [...value.periods, { days: [0, 6], open: '09:00', close: '17:00' }] })
  const removePeriod = (i: number) => onChange({ ...value, periods: value.periods.filter((_, j) => j !== i) })
  return (
    <View className='staff-card hours-editor'>
      <Chips
        name='hours-mode'
        options={MODES}
        labels={MODE_LABELS}
        value={value.always ? 'always' : 'periods'}
        all={false}
        onChange={(m) => onChange({ ...value, always: m === 'always' })}
      />
      {!value.always &&
        value.periods.map((period, i) => (
          <View key={i} className={`hours-period hours-period-${i}`}>
            <ToggleChips
              name={`hours-days-${i}`}
              options={DAYS}
              labels={DAY_LABELS}
              value={period.days.map(String) as Day[]}
              onChange={(days) => setPeriod(i, { days: days.map(Number) })}
            />
            <View className='hours-clock'>
              <Input
                className={`hours-open-${i}`}
                value={period.open}
                onChange={(open: string) => setPeriod(i, { open })}
                placeholder='开门 08:30'
                maxLength={5}
              />
              <Text className='staff-line'>至{overnight(period) ? ' 次日' : ''}</Text>
              <Input
                className={`hours-close-${i}`}
                value={period.close}
                onChange={(close: string) => setPeriod(i, { close })}
                placeholder='关门 17:00'
                maxLength={5}
              />
            </View>
            <Button size='small' className={`hours-remove-${i}`} onClick={() => removePeriod(i)}>
              删除这个时段
            </Button>
          </View>
        ))}
      {!value.always && (
        <Button size='small' className='hours-add' onClick={addPeriod}>
          添加时段
        </Button>
      )}
      <Text className='staff-line'>法定节假日</Text>
      <Chips
        name='hours-holiday'
        options={PUBLIC_HOLIDAY_RULES}
        labels={PUBLIC_HOLIDAY_RULE_LABELS}
        value={value.onPublicHoliday ?? 'usual'}
        all={false}
        onChange={(r) => onChange({ ...value, onPublicHoliday: (r ?? 'usual') as PublicHolidayRule })}
      />
      <Text className='staff-line'>调休上班的周末</Text>
      <Chips
        name='hours-makeup'
        options={MAKE_UP_WORKDAY_RULES}
        labels={MAKE_UP_WORKDAY_RULE_LABELS}
        value={value.onMakeUpWorkday ?? 'usual'}
        all={false}
        onChange={(r) => onChange({ ...value, onMakeUpWorkday: (r ?? 'usual') as MakeUpWorkdayRule })}
      />
    </View>
  )
}
