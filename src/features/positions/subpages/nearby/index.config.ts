export default definePageConfig({ navigationBarTitleText: '联系卡' })
