import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { getLocalOpenid, LOCAL_IDENTITIES, setLocalOpenid, type LocalOpenid } from '@/src/shared/api/localIdentity'
import { identityChanged } from '@/src/shared/query/cache'
import { Tag } from '@/src/shared/ui/nutui'
import './LocalIdentitySwitcher.scss'

/** h5 build only: speak to the local cloud as one of the demo people (every screen asks again as them). Never rendered on weapp. */
export function LocalIdentitySwitcher() {
  const [current, setCurrent] = useState<LocalOpenid>(getLocalOpenid())
  const choose = (openid: LocalOpenid) => {
    setLocalOpenid(openid)
    setCurrent(openid)
    identityChanged()
  }
  return (
    <View className='identity-switcher'>
      <Text className='identity-switcher__title'>本地调试身份</Text>
      <Text className='identity-switcher__hint'>仅本地调试版本有此选项，正式小程序使用微信身份</Text>
      <View className='identity-switcher__options'>
        {LOCAL_IDENTITIES.map(({ openid, label }) => (
          <View
            key={openid}
            className={`identity-option identity-option-${openid}${openid === current ? ' identity-option--current' : ''}`}
            onClick={() => choose(openid)}
          >
            <Tag type={openid === current ? 'primary' : 'default'} plain={openid !== current}>
              {label}（{openid}）
            </Tag>
          </View>
        ))}
      </View>
    </View>
  )
}
