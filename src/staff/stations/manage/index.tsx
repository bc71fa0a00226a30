import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import type { StationStatus } from '@/types/stations.vocab'
import { closureText } from '@/src/features/stations/format'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Cell, CellGroup, Empty, Tag } from '@/src/shared/ui/nutui'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { Chips } from '@/src/staff/shared/Chips'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { STATION_IMPORT_URL, stationEditUrl } from '../routes'
import '@/src/staff/shared/staff.scss'

/** stations.listManaged answers 50 at a time. */
const PAGE = 50
const SHOWN = ['current', 'archived'] as const
const SHOWN_LABELS: Record<(typeof SHOWN)[number], string> = { current: '在用', archived: '已归档' }

function StationList({ isAdmin }: { isAdmin: boolean }) {
  const [shown, setShown] = useState<(typeof SHOWN)[number]>('current')
  const [offset, setOffset] = useState(0)
  const input = useMemo(() => ({ ...(shown === 'archived' ? { status: 'archived' as StationStatus } : {}), offset }), [shown, offset])
  const list = useApiQuery('stations.listManaged', input)
  return (
    <View className='staff-page station-manage-page'>
      <Button className='nx-big-button station-new' type='primary' block onClick={() => Taro.navigateTo({ url: stationEditUrl() })}>
        新增驿站
      </Button>
      {isAdmin && (
        <Button className='nx-big-button station-import' fill='outline' block onClick={() => Taro.navigateTo({ url: STATION_IMPORT_URL })}>
          批量导入（CSV / Excel）
        </Button>
      )}
      <Chips
        name='station-shown'
        options={SHOWN}
        labels={SHOWN_LABELS}
        value={shown}
        all={false}
        onChange={(v) => {
          setShown(v ?? 'current')
          setOffset(0)
        }}
      />
      <QueryView
        query={list}
        isEmpty={(data) => data.stations.length === 0}
        empty={<Empty status='empty' title={shown === 'archived' ? '没有归档的驿站' : '还没有驿站'} description='点上方按钮新增，或批量导入驿站名单' />}
      >
        {(data) => (
          <>
            <CellGroup>
              {data.stations.map((s) => (
                <Cell
                  key={s.id}
                  className='staff-station'
                  title={s.name}
                  description={s.status === 'suspended' ? closureText(s.closure) : `${s.address} · ${s.hoursText}`}
                  clickable
                  onClick={() => Taro.navigateTo({ url: stationEditUrl(s.id) })}
                  extra={
                    s.status === 'suspended' ? (
                      <Tag type='warning'>暂停</Tag>
                    ) : s.openNow ? (
                      <Tag type='success'>营业中</Tag>
                    ) : (
                      <Text className='staff-line'>未营业</Text>
                    )
                  }
                />
              ))}
            </CellGroup>
            <View className='staff-chips'>
              {offset > 0 && (
                <Button size='small' onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                  上一页
                </Button>
              )}
              {data.hasMore && (
                <Button size='small' onClick={() => setOffset(offset + PAGE)}>
                  下一页
                </Button>
              )}
            </View>
          </>
        )}
      </QueryView>
    </View>
  )
}

/** 驿站管理: every red rest station, suspended ones with their reason; admins also import lists. */
export default function StationManagePage() {
  return <StaffGate>{(roles) => <StationList isAdmin={roles.includes('admin')} />}</StaffGate>
}
