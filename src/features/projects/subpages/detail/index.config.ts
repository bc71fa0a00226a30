// Shared to a chat and to 朋友圈 (useSharing on the page).
export default definePageConfig({ navigationBarTitleText: '项目详情', enableShareAppMessage: true, enableShareTimeline: true })
