export default definePageConfig({
  navigationBarTitleText: '街区活动',
  enablePullDownRefresh: true,
  // Shared to a chat and to 朋友圈 (useSharing on the page).
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
