export default definePageConfig({ navigationBarTitleText: '商户走访' })
