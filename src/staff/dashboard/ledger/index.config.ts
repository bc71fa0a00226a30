export default definePageConfig({ navigationBarTitleText: '月度台账' })
