import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { COLLECTED, NOT_COLLECTED, PRIVACY_APIS } from '@/src/features/privacy/collected'
import { MY_DATA_PAGE } from '@/src/features/privacy/routes'
import './index.scss'

export default function PrivacyGuidePage() {
  return (
    <View className='privacy-guide'>
      <Text className='privacy-guide__lead'>暖新街区由街区党支部运营。以下是我们收集的信息、用途和保存方式。</Text>
      {COLLECTED.map((item) => (
        <View key={item.what} className='privacy-guide__item collected-item'>
          <Text className='privacy-guide__what'>{item.what}</Text>
          <Text className='privacy-guide__why'>用途：{item.why}</Text>
          <Text className='privacy-guide__kept'>保存：{item.kept}</Text>
        </View>
      ))}
      <View className='privacy-guide__item privacy-guide__apis'>
        <Text className='privacy-guide__what'>会用到的手机权限（使用前都会先征得你同意）</Text>
        {PRIVACY_APIS.map((entry) => (
          <Text key={entry.api} className={`privacy-guide__why privacy-api-${entry.api}`}>
            {entry.item}：{entry.purpose}
          </Text>
        ))}
      </View>
      <View className='privacy-guide__item'>
        {NOT_COLLECTED.map((line) => (
          <Text key={line} className='privacy-guide__why'>
            {line}
          </Text>
        ))}
      </View>
      <View className='privacy-guide__mydata my-data-link' onClick={() => Taro.navigateTo({ url: MY_DATA_PAGE })}>
        查看、导出或删除我的数据 ›
      </View>
    </View>
  )
}
