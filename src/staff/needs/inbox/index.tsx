import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { NEED_LEVELS, NEED_LEVEL_LABELS, NEED_STATUSES, NEED_STATUS_LABELS, type NeedLevel, type NeedStatus } from '../../../../types/needs.vocab'
import { useApiQuery } from '../../../shared/query/useApiQuery'
import { CellGroup, Empty } from '../../../shared/ui/nutui'
import { PagedList } from '../../../shared/ui/PagedList'
import { QueryView } from '../../../shared/ui/QueryStates'
import { NeedRow } from '../../../features/needs/components/NeedRow'
import { staffNeedUrl } from '../../../features/needs/routes'
import { Chips } from '../../shared/Chips'
import { StaffGate } from '../../shared/StaffGate'
import '../../shared/staff.scss'

function Inbox() {
  const [level, setLevel] = useState<NeedLevel | null>(null)
  const [status, setStatus] = useState<NeedStatus | null>(null)
  const inbox = useApiQuery('needs.inbox', { ...(level ? { level } : {}), ...(status ? { status } : {}) })
  useDidShow(inbox.reload)
  return (
    <View className='staff-page needs-inbox'>
      <Chips name='inbox-level' options={NEED_LEVELS} labels={NEED_LEVEL_LABELS} value={level} onChange={setLevel} />
      <Chips name='inbox-status' options={NEED_STATUSES} labels={NEED_STATUS_LABELS} value={status} onChange={setStatus} all={false} />
      <QueryView
        query={inbox}
        pending={!inbox.data}
        isEmpty={(data) => data.needs.length === 0}
        empty={<Empty status='empty' title='没有待处理的诉求' />}
      >
        {(data) => (
          <CellGroup>
            <PagedList items={data.needs} renderItem={(need) => <NeedRow key={need.id} need={need} onClick={() => Taro.navigateTo({ url: staffNeedUrl(need.id) })} />} />
          </CellGroup>
        )}
      </QueryView>
    </View>
  )
}

export default function NeedsInboxPage() {
  return <StaffGate>{() => <Inbox />}</StaffGate>
}
