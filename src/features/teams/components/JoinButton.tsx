import Taro from '@tarojs/taro'
import type { TeamView } from '@/types/teams'
import { Button } from '@/src/shared/ui/nutui'
import { useApiMutation } from '@/src/shared/query/useApiMutation'

/** Join or leave in one tap; the team's count refreshes by itself (the query layer). */
export function JoinButton({ team }: { team: TeamView }) {
  const join = useApiMutation('teams.join', () => {
    Taro.showToast({ title: `已加入${team.name}`, icon: 'success' })
  })
  const leave = useApiMutation('teams.leave', () => {
    Taro.showToast({ title: '已退出，时长记录仍保留', icon: 'none' })
  })
  if (team.joined) {
    return (
      <Button className='nx-big-button team-leave' block loading={leave.busy} onClick={() => leave.mutate({ teamId: team.id })}>
        退出志愿队
      </Button>
    )
  }
  return (
    <Button className='nx-big-button team-join' type='primary' block loading={join.busy} onClick={() => join.mutate({ teamId: team.id })}>
      加入志愿队
    </Button>
  )
}
