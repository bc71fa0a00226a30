import { Image } from '@tarojs/components'
import NutEmpty from '@nutui/nutui-react-taro/dist/es/packages/empty'
import type { ComponentProps } from 'react'
import emptyPicture from '@/src/assets/empty.png'

/** NutUI's Empty with a picture of our own: its default pictures load from a remote CDN (nothing offline). */
export function Empty(props: ComponentProps<typeof NutEmpty>) {
  return <NutEmpty image={<Image className='nx-empty-picture' src={emptyPicture} style={{ width: '80px', height: '80px' }} />} {...props} />
}
