import { emptyVisitForm, missingAnswer, toLogVisitInput, type VisitFormState } from '@/src/staff/visits/log/visitAnswers'
import { logVisitInput } from '@/types/visits'

const form = (patch: Partial<VisitFormState>): VisitFormState => ({ ...emptyVisitForm, ...patch })
const answered = form({ party: 'none', childcare: 'notNeeded', difficulty: 'none' })

describe('the 服务三问 as taps', () => {
  it('will not save until each of the three questions has an answer', () => {
    expect(missingAnswer(emptyVisitForm)).toBe('请回答党员一问')
    expect(missingAnswer(form({ party: 'here' }))).toBe('请回答子女照看一问')
    expect(missingAnswer(form({ party: 'here', childcare: 'needed' }))).toBe('请回答经营困难一问')
    expect(missingAnswer(form({ party: 'here', childcare: 'needed', difficulty: 'some' }))).toBe('请选择困难的类别')
    expect(missingAnswer(answered)).toBeNull()
  })

  it('turns taps into the visits.log input the server accepts', () => {
    const input = toLogVisitInput(
      'shop-07',
      form({
        party: 'elsewhere',
        partyCount: 2,
        childcare: 'needed',
        childcareWay: 'summerClass',
        difficulty: 'some',
        difficultyKinds: ['hiring', 'financing'],
        difficultyDetail: '夜班缺人',
        photos: ['cloud://e/visits/1.jpg'],
      }),
    )
    expect(input.answers).toEqual({
      partyMembers: 'elsewhere',
      partyMemberCount: 2,
      childcareNeeded: true,
      childcareNote: '想报爱心暑托班',
      difficulties: '招聘用工、融资服务：夜班缺人',
    })
    expect(input.photos).toEqual(['cloud://e/visits/1.jpg'])
    expect(input.raiseNeed).toBeUndefined()
    expect(logVisitInput.safeParse(input).success).toBe(true)
  })

  it('raises a need only when asked, with the first kind of difficulty as its category', () => {
    const input = toLogVisitInput(
      'shop-07',
      form({ party: 'none', childcare: 'notNeeded', difficulty: 'some', difficultyKinds: ['signboard'], raiseNeed: true }),
    )
    expect(input.raiseNeed).toEqual({ category: 'signboard', description: '走访发现：店招店牌' })
    expect(logVisitInput.safeParse(input).success).toBe(true)
  })

  it('drops a party count when there are no party members, and difficulties when there are none', () => {
    const input = toLogVisitInput('shop-07', { ...answered, partyCount: 3, difficultyKinds: ['fire'], raiseNeed: true })
    expect(input.answers).toEqual({ partyMembers: 'none', childcareNeeded: false })
    expect(input.raiseNeed).toBeUndefined()
  })
})
