export default definePageConfig({ navigationBarTitleText: '趋势图表' })
