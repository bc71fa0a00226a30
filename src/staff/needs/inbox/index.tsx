import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { NEED_LEVELS, NEED_LEVEL_LABELS, NEED_STATUSES, NEED_STATUS_LABELS, type NeedLevel, type NeedStatus } from '@/types/needs.vocab'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { CellGroup, Empty } from '@/src/shared/ui/nutui'
import { PagedList } from '@/src/shared/ui/PagedList'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { NeedRow } from '@/src/features/needs/components/NeedRow'
import { staffNeedUrl } from '@/src/features/needs/routes'
import { Chips } from '@/src/staff/shared/Chips'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import '@/src/staff/shared/staff.scss'

function Inbox() {
  const [level, setLevel] = useState<NeedLevel | null>(null)
  const [status, setStatus] = useState<NeedStatus | null>(null)
  const inbox = useApiQuery('needs.inbox', { ...(level ? { level } : {}), ...(status ? { status } : {}) })
  useDidShow(inbox.reload)
  return (
    <View className='staff-page needs-inbox'>
      <Chips name='inbox-level' options={NEED_LEVELS} labels={NEED_LEVEL_LABELS} value={level} onChange={setLevel} />
      <Chips name='inbox-status' options={NEED_STATUSES} labels={NEED_STATUS_LABELS} value={status} onChange={setStatus} all={false} />
      <QueryView query={inbox} pending={!inbox.data} isEmpty={(data) => data.needs.length === 0} empty={<Empty status='empty' title='没有待处理的诉求' />}>
        {(data) => (
          <CellGroup>
            <PagedList
              items={data.needs}
              renderItem={(need) => <NeedRow key={need.id} need={need} onClick={() => Taro.navigateTo({ url: staffNeedUrl(need.id) })} />}
            />
          </CellGroup>
        )}
      </QueryView>
    </View>
  )
}

export default function NeedsInboxPage() {
  return <StaffGate>{() => <Inbox />}</StaffGate>
}
