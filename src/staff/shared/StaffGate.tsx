import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { isStaff, useMe } from '@/src/features/me/useMe'
import { Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'

/** While `users.me` is on its way the page already loads (hidden), as if for 网格员; the real roles follow. */
const PROVISIONAL_ROLES = ['staff']

/**
 * Every staff page wraps its content in this gate: only 网格员 (staff) and 街道管理员 (admin) see it, anyone else gets
 * 仅限网格员和街道管理员. The page does not wait for `users.me` before asking for its own data: it is mounted hidden
 * at once, so both requests travel together, and shown once the roles say staff (for anyone else it is dropped,
 * and the cloud function has refused its requests anyway: it checks the role on every action).
 */
export function StaffGate({ children }: { children: (roles: string[]) => ReactNode }) {
  const me = useMe()
  if (me.error) return <ErrorState message={me.error.message} onRetry={me.reload} />
  if (me.data && !isStaff(me.data.roles)) {
    return (
      <View className='staff-forbidden'>
        <Empty status='empty' title='仅限网格员和街道管理员' description='如需开通，请联系街道管理员' />
      </View>
    )
  }
  // One tree whether or not the roles are known yet, so the page is not mounted twice (and does not fetch twice).
  return (
    <>
      {!me.data && <LoadingRows rows={2} />}
      <View className='staff-gate__page' style={me.data ? undefined : { display: 'none' }}>
        {children(me.data?.roles ?? PROVISIONAL_ROLES)}
      </View>
    </>
  )
}
