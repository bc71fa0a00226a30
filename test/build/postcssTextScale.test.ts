// The build's text scaling (config/postcssTextScale.js): each single-length font-size (after pxtransform: rpx / rem)
// and NutUI's font-size variables become calc(size * var(--nx-text-scale, 1)); everything else is untouched.
import postcss from 'postcss'
// eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
const textScale = require('@/config/postcssTextScale.js')

const run = async (css: string) => (await postcss([textScale()]).process(css, { from: undefined })).css

it('scales font sizes in rpx, rem and px, and NutUI font-size variables', async () => {
  expect(await run('a{font-size:28rpx}')).toBe('a{font-size:calc(28rpx * var(--nx-text-scale, 1))}')
  expect(await run('a{font-size:0.7rem}')).toBe('a{font-size:calc(0.7rem * var(--nx-text-scale, 1))}')
  expect(await run(':root{--nutui-font-size-base:14px}')).toBe(':root{--nutui-font-size-base:calc(14px * var(--nx-text-scale, 1))}')
  expect(await run(':root{--nutui-tag-font-size:24rpx}')).toBe(':root{--nutui-tag-font-size:calc(24rpx * var(--nx-text-scale, 1))}')
})

it('leaves widths, upper-case PX (Taro: keep as is), variables and keywords alone', async () => {
  for (const css of ['a{width:28rpx}', 'a{font-size:18PX}', 'a{font-size:var(--x)}', 'a{font-size:medium}', ':root{--nutui-color-primary:#c8161d}']) {
    expect(await run(css)).toBe(css)
  }
})
