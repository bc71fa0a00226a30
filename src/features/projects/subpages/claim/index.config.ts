export default definePageConfig({ navigationBarTitleText: '履约记录' })
