export default definePageConfig({ navigationBarTitleText: '认领审核' })
