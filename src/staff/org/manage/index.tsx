import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { BlockForm } from './BlockForm'
import { posterUrl } from '@/src/features/posters/routes'
import '@/src/staff/shared/staff.scss'

/** Admin: streets → blocks → grids; add a block to a street or edit one (its grids are data, any number). */
function OrgManageContent() {
  const tree = useApiQuery('org.tree', {})
  const [editing, setEditing] = useState<{ streetId: string; blockId: string | null } | null>(null)
  if (tree.error) return <ErrorState message={tree.error.message} onRetry={tree.reload} />
  if (tree.loading || !tree.data) return <LoadingRows />
  const saved = () => {
    setEditing(null)
    tree.reload()
  }
  return (
    <View className='staff-page org-manage'>
      {tree.data.streets.length === 0 && <Empty title='还没有街道' description='请市级管理员先建街道' />}
      {tree.data.streets.map((street) => (
        <View key={street.streetId} className={`staff-card org-street org-street-${street.streetId}`}>
          <Text className='staff-card__title'>{street.name}</Text>
          <Text className='staff-line'>{street.blocks.length} 个街区</Text>
          {street.blocks.map((block) => (
            <View key={block.blockId} className={`org-block org-block-${block.blockId}`}>
              <Text className='staff-line org-block-title'>
                {block.name} · {block.branch}
              </Text>
              <Text className='staff-line org-block-grids'>网格：{block.grids.map((g) => g.name).join('、')}</Text>
              {editing?.blockId === block.blockId ? (
                <BlockForm streetId={street.streetId} block={block} onSaved={saved} />
              ) : (
                <View className='org-block-actions'>
                  <Button
                    className='nx-big-button org-block-edit'
                    size='small'
                    onClick={() => setEditing({ streetId: street.streetId, blockId: block.blockId })}
                  >
                    编辑
                  </Button>
                  {/* The code residents and shops scan to set this block as their home block (我的街区). */}
                  <Button className='nx-big-button org-block-code' size='small' onClick={() => Taro.navigateTo({ url: posterUrl('block', block.blockId) })}>
                    街区二维码
                  </Button>
                </View>
              )}
            </View>
          ))}
          {editing?.streetId === street.streetId && editing.blockId === null ? (
            <BlockForm streetId={street.streetId} onSaved={saved} />
          ) : (
            <Button className='nx-big-button org-block-new' block onClick={() => setEditing({ streetId: street.streetId, blockId: null })}>
              在{street.name}新建街区
            </Button>
          )}
        </View>
      ))}
    </View>
  )
}

export default function OrgManagePage() {
  return (
    <>
      <PrivacyPopup />
      <StaffGate>{() => <OrgManageContent />}</StaffGate>
    </>
  )
}
