import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { TeamCard } from '@/src/features/teams/components/TeamCard'
import { MY_HOURS_PAGE } from '@/src/features/teams/routes'
import { useTeamList } from '@/src/features/teams/useTeams'
import '@/src/features/teams/teams.scss'

/** The five volunteer teams of the block: what each does, how many are in it, join or leave in one tap. */
export default function TeamListPage() {
  const { data, error, loading, reload } = useTeamList()
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (loading && !data) return <LoadingRows />
  const teams = data?.teams ?? []
  return (
    <View className='teams-page team-list'>
      <Text className='teams-card__line'>选一支队伍加入，参加活动时在队伍页面签到、签退，志愿时长自动累计。</Text>
      {teams.length === 0 ? <Empty title='还没有志愿队' description='请稍后再来看看' /> : teams.map((team) => <TeamCard key={team.id} team={team} />)}
      <Button className='nx-big-button' block onClick={() => Taro.navigateTo({ url: MY_HOURS_PAGE })}>
        我的志愿时长
      </Button>
    </View>
  )
}
