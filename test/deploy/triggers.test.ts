// The trigger sync compares by name and schedule, whichever way SCF reports a timer's description.
import { triggerChanges } from '@/scripts/deploy/triggers'

const declared = [{ name: 'every5min', type: 'timer', config: '0 */5 * * * * *' }]

it('an existing timer with the same schedule is kept, reported as JSON or as the bare expression', () => {
  for (const TriggerDesc of [JSON.stringify({ cron: '0 */5 * * * * *' }), '0 */5 * * * * *']) {
    expect(triggerChanges([{ TriggerName: 'every5min', Type: 'timer', TriggerDesc }], declared)).toEqual({ create: [], remove: [], keep: ['every5min'] })
  }
})

it('nothing there: created; another schedule: removed then created; undeclared timers removed; other trigger types left alone', () => {
  expect(triggerChanges([], declared)).toEqual({ create: declared, remove: [], keep: [] })
  expect(
    triggerChanges(
      [
        { TriggerName: 'every5min', Type: 'timer', TriggerDesc: '0 */10 * * * * *' },
        { TriggerName: 'nightly', Type: 'timer', TriggerDesc: '0 0 3 * * * *' },
        { TriggerName: 'gateway', Type: 'apigw', TriggerDesc: '{}' },
      ],
      declared,
    ),
  ).toEqual({ create: declared, remove: ['every5min', 'nightly'], keep: [] })
})
