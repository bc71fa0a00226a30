export default definePageConfig({ navigationBarTitleText: '商户名录' })
