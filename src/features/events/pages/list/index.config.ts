export default definePageConfig({
  navigationBarTitleText: '街区活动',
  enablePullDownRefresh: true,
})
