// NutUI components, imported one by one (with their own styles) so the mini-program's main package carries only
// what we use; no babel-plugin-import needed. Add a component here before using it in a page.
import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/empty/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/skeleton/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'

export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button'
export { default as Cell } from '@nutui/nutui-react-taro/dist/es/packages/cell'
export { default as CellGroup } from '@nutui/nutui-react-taro/dist/es/packages/cellgroup'
export { default as Empty } from '@nutui/nutui-react-taro/dist/es/packages/empty'
export { default as Skeleton } from '@nutui/nutui-react-taro/dist/es/packages/skeleton'
export { default as Switch } from '@nutui/nutui-react-taro/dist/es/packages/switch'
export { default as Tag } from '@nutui/nutui-react-taro/dist/es/packages/tag'
