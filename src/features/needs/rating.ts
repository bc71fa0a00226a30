// A rating is the person's own choice: the widget starts with no star lit, and nothing is sent until they pick.

/** Stars before the person has chosen: none (NutUI Rate's `min` is 0, so no star is lit). */
export const NO_STARS_CHOSEN = 0

/** The hint under the stars while nothing is chosen. */
export const PICK_STARS_FIRST = '请先点星星选择满意度'

/** True when `stars` (1–5, from NutUI Rate) is a choice that may be sent. */
export const canSendRating = (stars: number): boolean => Number.isInteger(stars) && stars >= 1 && stars <= 5
