export default definePageConfig({ navigationBarTitleText: '我的街区' })
