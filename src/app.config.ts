// Tab pages (and little else) live in the main package, which must stay small. Conventions:
// - a feature's tab page: `features/<feature>/pages/<page>/index` in `pages` + an entry in `tabBar.list`;
// - a feature's other pages: its own subpackage, root `features/<feature>/subpages`;
// - every staff or admin page: the `staff` subpackage, `staff/<feature>/<page>/index`.
const LOCATION_REASON = '用于查找离你最近的驿站，不会保存'

export default defineAppConfig({
  pages: [
    'features/stations/pages/list/index',
    'features/services/pages/index/index',
    'features/me/pages/index/index',
    'features/stations/pages/detail/index',
  ],
  subPackages: [
    {
      root: 'staff',
      pages: ['pages/home/index'],
    },
  ],
  tabBar: {
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'features/stations/pages/list/index', text: '驿站' },
      { pagePath: 'features/services/pages/index/index', text: '服务' },
      { pagePath: 'features/me/pages/index/index', text: '我的' },
    ],
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '暖新街区',
    navigationBarTextStyle: 'white',
  },
  // Exactly the location APIs the code calls (getLocation on the list page, chooseLocation for "换个位置").
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: LOCATION_REASON },
  },
  __usePrivacyCheck__: true,
})
