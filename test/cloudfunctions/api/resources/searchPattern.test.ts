import { escapeRegExp } from '@/cloudfunctions/api/resources/searchPattern'

it('a search term matches itself only', () => {
  for (const term of ['.*', 'a+b', '(招聘)', '[x]', '\\d', '100$', '^消防', 'a|b', '{2}', '?']) {
    const pattern = new RegExp(escapeRegExp(term), 'i')
    expect(pattern.test(term)).toBe(true)
    expect(pattern.test('完全无关的文字')).toBe(false)
  }
})
