// The suites run on a device clock far from Shanghai (jest.config.js sets TZ), so that every time rule proves it
// uses the block's zone (Asia/Shanghai, UTC+8) and not the machine's. This fails if that setting is lost.
it('runs with a local zone that is not UTC+8', () => {
  const offsetsMinutes = [new Date('2026-01-15T12:00:00Z'), new Date('2026-07-15T12:00:00Z')].map((d) => d.getTimezoneOffset())
  // Shanghai is 8 h ahead of UTC all year: getTimezoneOffset() would be -480 in both seasons.
  expect(offsetsMinutes).not.toEqual([-480, -480])
})
