export default definePageConfig({ navigationBarTitleText: '海报与小程序码' })
