import { canSendRating, NO_STARS_CHOSEN } from '@/src/features/needs/rating'

// The rule: a rating is the person's own pick of 1–5 stars; nothing is chosen for them.
it('starts with no stars chosen, and that cannot be sent', () => {
  expect(NO_STARS_CHOSEN).toBe(0)
  expect(canSendRating(NO_STARS_CHOSEN)).toBe(false)
})

it('sends only a pick of 1 to 5 whole stars', () => {
  expect([1, 2, 3, 4, 5].every(canSendRating)).toBe(true)
  expect([-1, 0, 0.5, 6, Number.NaN].some(canSendRating)).toBe(false)
})
