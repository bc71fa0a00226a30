export default definePageConfig({ navigationBarTitleText: '公告与应急' })
