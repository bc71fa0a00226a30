import { maskName, maskPhone } from '@/cloudfunctions/api/core/privacy'

describe('masking', () => {
  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('021-62801234')).toBe('021****1234')
    expect(maskPhone('12345')).toBe('*****')
    expect(maskPhone(null)).toBeNull()
  })

  it('keeps only the first character of a name', () => {
    expect(maskName('王小明')).toBe('王**')
    expect(maskName('李')).toBe('李*')
  })
})
