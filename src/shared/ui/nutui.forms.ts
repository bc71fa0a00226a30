// NutUI form widgets, kept apart from nutui.ts: only subpackage pages use them, so their code and styles stay out of
// the mini-program's main package (nutui.ts is imported by the tab pages). Add a widget here if no tab page needs it.
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/searchbar/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/rate/style/css'

// Input and TextArea count `maxLength` in characters (TextFields.tsx), not UTF-16 units.
export { Input, TextArea } from './TextFields'
export { default as SearchBar } from '@nutui/nutui-react-taro/dist/es/packages/searchbar'
export { default as Rate } from '@nutui/nutui-react-taro/dist/es/packages/rate'
