import { MAX_REMINDER_ATTEMPTS, reminderNext } from '@/cloudfunctions/api/events/reminderRetry'

describe('what a reminder send leaves behind', () => {
  it('a sent reminder is done', () => {
    expect(reminderNext('sent', 1)).toBe('done')
  })

  it('"not subscribed" is never retried: only a new tap can give consent', () => {
    for (let attempt = 1; attempt <= MAX_REMINDER_ATTEMPTS; attempt++) expect(reminderNext('not-subscribed', attempt)).toBe('done')
  })

  it('a passing failure is released for the next timer run, at most 3 attempts in all', () => {
    expect(MAX_REMINDER_ATTEMPTS).toBe(3)
    expect(reminderNext('failed', 1)).toBe('retry')
    expect(reminderNext('failed', 2)).toBe('retry')
    expect(reminderNext('failed', 3)).toBe('give-up')
  })
})
