export default definePageConfig({
  navigationBarTitleText: '街区服务',
  enablePullDownRefresh: false,
})
