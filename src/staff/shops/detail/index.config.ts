export default definePageConfig({ navigationBarTitleText: '商户档案' })
