import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { callApi } from '@/src/shared/api/callApi'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { Button, Tag } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { locateDevice } from '@/src/features/stations/location/position'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { blockFromScene } from './scene'

/**
 * 我的街区: the person's home block — suggested from where they are (the position is sent once, not stored), or
 * preselected by the block's QR code (scene `b=<blockId>`), and confirmed by them; they can change it any time.
 */
export default function HomeBlockPage() {
  const { params } = useRouter()
  const fromCode = blockFromScene(params.scene)
  const mine = useApiQuery('org.myBlock', {})
  const tree = useApiQuery('org.tree', {})
  const [picked, setPicked] = useState<string | null>(fromCode)
  const [suggesting, setSuggesting] = useState(false)
  const save = useApiMutation('org.setHomeBlock', () => {
    Taro.showToast({ title: '已保存', icon: 'success' })
    mine.reload()
  })
  const suggest = async () => {
    setSuggesting(true)
    try {
      const at = await locateDevice()
      if (!at) return void Taro.showToast({ title: '没有取得位置，请直接选择街区', icon: 'none' })
      const found = await callApi('org.suggestHomeBlock', { lat: at.lat, lng: at.lng })
      if (found.block) setPicked(found.block.blockId)
    } finally {
      setSuggesting(false)
    }
  }
  if (mine.error) return <ErrorState message={mine.error.message} onRetry={mine.reload} />
  if (tree.error) return <ErrorState message={tree.error.message} onRetry={tree.reload} />
  if (!mine.data || !tree.data) return <LoadingRows rows={3} />
  const current = mine.data
  return (
    <View className='home-block-page'>
      <PrivacyPopup />
      <View className='nx-section-title'>我的街区</View>
      <Text className='home-block-current'>{current.blockName ? `${current.streetName} · ${current.blockName}` : '还没有选择街区'}</Text>
      <Button className='nx-big-button home-block-suggest' block loading={suggesting} onClick={suggest}>
        按我现在的位置推荐
      </Button>
      {tree.data.streets.map((street) => (
        <View key={street.streetId} className='home-block-street'>
          <View className='nx-section-title'>{street.name}</View>
          {street.blocks.map((b) => (
            <Tag
              key={b.blockId}
              className={`home-block-option home-block-option-${b.blockId}`}
              type={picked === b.blockId ? 'primary' : 'default'}
              onClick={() => setPicked(b.blockId)}
            >
              {b.name}
            </Tag>
          ))}
        </View>
      ))}
      <Button
        className='nx-big-button home-block-save'
        type='primary'
        block
        disabled={!picked || picked === current.blockId}
        loading={save.busy}
        onClick={() => picked && save.mutate({ blockId: picked })}
      >
        {picked && picked === current.blockId ? '这就是我的街区' : '确认为我的街区'}
      </Button>
    </View>
  )
}
