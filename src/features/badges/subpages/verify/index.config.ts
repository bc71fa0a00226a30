export default definePageConfig({ navigationBarTitleText: '验证工作牌' })
