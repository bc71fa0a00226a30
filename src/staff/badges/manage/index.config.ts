export default definePageConfig({ navigationBarTitleText: '工作牌管理' })
