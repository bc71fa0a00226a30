// Larger text without touching every stylesheet: every `font-size` given as one length (and NutUI's
// `--nutui-*font-size*` variables) becomes `calc(<length> * var(--nx-text-scale, 1))`. The app sets --nx-text-scale
// from the system font size and the 我的 → 大字模式 switch (src/features/me/textSize.ts). Runs after pxtransform, so
// it sees rpx (weapp) or rem (h5). Upper-case PX is Taro's "keep as is" and is left alone.
const SINGLE_LENGTH = /^-?(\d+\.?\d*|\.\d+)(px|rpx|rem|em)$/

/** A postcss 8 plugin (Taro loads it from config/index.ts `postcss`). */
module.exports = () => ({
  postcssPlugin: 'nx-text-scale',
  Declaration(decl) {
    const isFontSize = decl.prop === 'font-size' || /^--nutui-.*font-size/.test(decl.prop)
    if (!isFontSize) return
    const value = decl.value.trim()
    if (!SINGLE_LENGTH.test(value)) return
    decl.value = `calc(${value} * var(--nx-text-scale, 1))`
  },
})
module.exports.postcss = true
