// Tab pages (and little else) live in the main package, which must stay small. Conventions:
// - a feature's tab page: `features/<feature>/pages/<page>/index` in `pages` + an entry in `tabBar.list`;
// - a feature's other pages: its own subpackage, root `features/<feature>/subpages`;
// - every staff or admin page: the `staff` subpackage, `staff/<feature>/<page>/index`.
const LOCATION_REASON = '用于查找离你最近的驿站，不会保存'

export default defineAppConfig({
  pages: [
    'features/stations/pages/list/index',
    'features/events/pages/list/index',
    'features/services/pages/index/index',
    'features/me/pages/index/index',
    'features/stations/pages/detail/index',
  ],
  subPackages: [
    {
      root: 'features/events/subpages',
      pages: ['detail/index', 'mine/index'],
    },
    {
      root: 'features/teams/subpages',
      pages: ['list/index', 'team/index', 'hours/index'],
    },
    {
      root: 'features/projects/subpages',
      pages: ['catalogue/index', 'detail/index', 'wall/index', 'mine/index', 'claim/index'],
    },
    {
      root: 'features/resources/subpages',
      pages: ['index/index', 'category/index', 'detail/index', 'favourites/index'],
    },
    {
      root: 'features/badges/subpages',
      pages: ['mine/index', 'verify/index'],
    },
    {
      root: 'features/positions/subpages',
      pages: ['nearby/index'],
    },
    {
      root: 'features/notices/subpages',
      pages: ['list/index', 'detail/index'],
    },
    {
      root: 'features/needs/subpages',
      pages: ['submit/index', 'mine/index', 'detail/index'],
    },
    {
      root: 'staff',
      pages: [
        'pages/home/index',
        'projects/review/index',
        'projects/manage/index',
        'needs/inbox/index',
        'needs/detail/index',
        'shops/list/index',
        'shops/detail/index',
        'shops/edit/index',
        'visits/log/index',
        'visits/round/index',
        'dashboard/index/index',
        'dashboard/trends/index',
        'dashboard/ledger/index',
        'resources/manage/index',
        'positions/manage/index',
        'notices/manage/index',
        'badges/manage/index',
        'events/manage/index',
        'events/edit/index',
        'events/roster/index',
        'teams/manage/index',
        'users/roles/index',
        'stations/manage/index',
        'stations/edit/index',
        'stations/import/index',
        'posters/make/index',
        'org/manage/index',
        'org/dashboard/index',
      ],
    },
    {
      root: 'features/org/subpages',
      pages: ['homeblock/index'],
    },
    {
      root: 'features/users/subpages',
      pages: ['idcode/index'],
    },
    {
      root: 'features/privacy/subpages',
      pages: ['guide/index', 'mydata/index'],
    },
  ],
  tabBar: {
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'features/stations/pages/list/index',
        text: '驿站',
        iconPath: 'assets/tabbar/stations.png',
        selectedIconPath: 'assets/tabbar/stations-active.png',
      },
      { pagePath: 'features/events/pages/list/index', text: '活动', iconPath: 'assets/tabbar/events.png', selectedIconPath: 'assets/tabbar/events-active.png' },
      {
        pagePath: 'features/services/pages/index/index',
        text: '服务',
        iconPath: 'assets/tabbar/services.png',
        selectedIconPath: 'assets/tabbar/services-active.png',
      },
      { pagePath: 'features/me/pages/index/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png' },
    ],
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '暖新街区',
    navigationBarTextStyle: 'white',
    // h5 draws Taro's own navigation bar (title, back / home) only when this is set explicitly.
    navigationStyle: 'default',
  },
  // Exactly the location APIs the code calls (getLocation on the list page, chooseLocation for "换个位置").
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: LOCATION_REASON },
  },
  __usePrivacyCheck__: true,
  // 代码质量: inject only the components a page uses, when it renders (base library 2.11.1+).
  lazyCodeLoading: 'requiredComponents',
  // Only public pages may be indexed by WeChat search (src/sitemap.json; staff and personal pages stay out).
  sitemapLocation: 'sitemap.json',
})
