export default definePageConfig({ navigationBarTitleText: '好店家' })
