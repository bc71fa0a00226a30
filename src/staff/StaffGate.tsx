import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { isStaff, useMe } from '../features/me/useMe'
import { Empty } from '../shared/ui/nutui'
import { ErrorState, LoadingRows } from '../shared/ui/QueryStates'

/**
 * Every staff page wraps its content in this gate: only 网格员 (staff) and 街道管理员 (admin) see it, anyone else gets
 * 仅限网格员和街道管理员 and the page fetches nothing. The cloud function checks the role again on every action.
 */
export function StaffGate({ children }: { children: (roles: string[]) => ReactNode }) {
  const me = useMe()
  if (me.error) return <ErrorState message={me.error.message} onRetry={me.reload} />
  if (!me.data) return <LoadingRows rows={2} />
  if (!isStaff(me.data.roles)) {
    return (
      <View className='staff-forbidden'>
        <Empty status='empty' title='仅限网格员和街道管理员' description='如需开通，请联系街道管理员' />
      </View>
    )
  }
  return <>{children(me.data.roles)}</>
}
