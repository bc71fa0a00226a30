import { blockFromScene } from '@/src/features/org/subpages/homeblock/scene'

it("reads a block's QR code scene `b=<blockId>` (URL-encoded), and nothing else", () => {
  expect(blockFromScene('b%3Dblock-xinhua-2')).toBe('block-xinhua-2')
  expect(blockFromScene('b=block-youyi-1')).toBe('block-youyi-1')
  expect(blockFromScene('e=ev-1')).toBeNull()
  expect(blockFromScene(undefined)).toBeNull()
})
