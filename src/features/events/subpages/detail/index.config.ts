export default definePageConfig({
  navigationBarTitleText: '活动详情',
  // Shared to a chat and to 朋友圈 (useSharing on the page).
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
