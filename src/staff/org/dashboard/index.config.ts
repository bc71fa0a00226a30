export default definePageConfig({ navigationBarTitleText: '街道看板' })
