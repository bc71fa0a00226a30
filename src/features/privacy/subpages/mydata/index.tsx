import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { COLLECTION_LABELS } from '@/types/mydata.vocab'
import { Button, Cell, CellGroup, Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { downloadExport } from '@/src/features/privacy/downloadExport'
import { useDeleteMyData, useMyData } from '@/src/features/privacy/useMyData'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import './index.scss'

export default function MyDataPage() {
  const { data, error, loading, reload } = useMyData()
  const { remove, deleting, error: deleteError } = useDeleteMyData()
  const [notice, setNotice] = useState('')

  const exportNow = async () => {
    if (!data) return
    try {
      setNotice(await downloadExport(data))
    } catch {
      setNotice('导出失败，请稍后再试')
    }
  }

  const confirmDelete = async () => {
    const { confirm } = await Taro.showModal({
      title: '删除我的全部数据',
      content: '删除后无法恢复：报名、收藏、身份都会清除；报名人数等统计只保留匿名数字。',
      confirmText: '删除',
      confirmColor: '#c8161d',
    })
    if (confirm && (await remove())) {
      // Every screen (this one too) asks again by itself: deleting my data makes everything stale.
      setNotice('你的数据已删除')
    }
  }

  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (loading && !data) return <LoadingRows rows={3} />
  const entries = Object.entries(data?.collections ?? {})

  return (
    <View className='my-data'>
      <PrivacyPopup />
      <Text className='my-data__lead'>这里是暖新街区保存的、与你有关的全部记录。</Text>
      {entries.length === 0 ? (
        <Empty className='my-data-empty' status='empty' title='没有与你有关的记录' />
      ) : (
        <CellGroup className='my-data-list'>
          {entries.map(([collection, records]) => (
            <Cell
              key={collection}
              className={`my-data-row my-data-row-${collection}`}
              title={COLLECTION_LABELS[collection] ?? collection}
              extra={`${records.length} 条`}
            />
          ))}
        </CellGroup>
      )}
      {notice && <Text className='my-data__notice my-data-notice'>{notice}</Text>}
      {deleteError && <Text className='my-data__notice my-data-error'>{deleteError.message}</Text>}
      <Button className='nx-big-button my-data-export' type='primary' block disabled={!data} onClick={exportNow}>
        导出我的数据（JSON）
      </Button>
      <Button className='nx-big-button my-data-delete' fill='outline' block loading={deleting} disabled={entries.length === 0} onClick={confirmDelete}>
        删除我的全部数据
      </Button>
    </View>
  )
}
