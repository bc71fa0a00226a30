// The claim form offers only the moves projects.claim allows for the shop's existing claim (issue 13).
import { CLAIM_STATUSES } from '@/types/projects.vocab'
import { claimFormMode } from '@/src/features/projects/subpages/detail/claimFormMode'

it('offers a new claim when there is none, an edit while pending, a new claim after a refusal or withdrawal', () => {
  expect(claimFormMode(null).kind).toBe('new')
  expect(claimFormMode({ status: 'pending' })).toMatchObject({ kind: 'edit', button: '修改承诺' })
  expect(claimFormMode({ status: 'rejected' }).kind).toBe('again')
  expect(claimFormMode({ status: 'withdrawn' }).kind).toBe('again')
})

it('offers no submit once the claim is reviewed or finished (the server refuses a new pledge then)', () => {
  for (const status of ['approved', 'active', 'completed'] as const) {
    expect(claimFormMode({ status })).toMatchObject({ kind: 'locked', note: expect.stringContaining('联系网格员') })
  }
})

it('covers every claim status', () => {
  for (const status of CLAIM_STATUSES) expect(['new', 'edit', 'again', 'locked']).toContain(claimFormMode({ status }).kind)
})
