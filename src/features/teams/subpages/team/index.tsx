import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { ActivityCard } from '@/src/features/teams/components/ActivityCard'
import { TeamCard } from '@/src/features/teams/components/TeamCard'
import { useTeam } from '@/src/features/teams/useTeams'
import '@/src/features/teams/teams.scss'

/** A team: join/leave, its members (masked nicknames only), upcoming and past activities with check-in for members. */
export default function TeamPage() {
  const { params } = useRouter()
  const teamId = params.id ? decodeURIComponent(params.id) : undefined
  const { data, error, loading, reload } = useTeam(teamId)

  if (!teamId || error?.code === 'NOT_FOUND') return <Empty title='没有找到这支志愿队' />
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (loading && !data) return <LoadingRows />
  if (!data) return <LoadingRows />
  const { team, members, activities } = data
  const coming = activities.filter((a) => a.phase !== 'ended').sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const past = activities.filter((a) => a.phase === 'ended')
  const card = (a: (typeof activities)[number]) => <ActivityCard key={a.id} activity={a} isMember={team.joined} />
  return (
    <View className={`teams-page team-page team-page-${team.id}`}>
      <TeamCard team={team} linked={false} />
      <View className='nx-section-title'>近期活动</View>
      {coming.length === 0 ? <Empty title='暂时没有安排' description='新活动发布后会在这里出现' /> : coming.map(card)}
      {!team.joined && coming.length > 0 && <Text className='teams-note'>加入志愿队后才能签到。</Text>}
      <View className='nx-section-title'>队员（{members.length}）</View>
      <View className='teams-card teams-members'>
        {members.length === 0 ? (
          <Text className='teams-card__line'>还没有队员，欢迎你成为第一位</Text>
        ) : (
          members.map((m, i) => (
            <Text key={i} className='team-member'>
              {m.name}
            </Text>
          ))
        )}
      </View>
      <View className='nx-section-title'>往期活动</View>
      {past.length === 0 ? <Empty title='还没有往期活动' /> : past.map(card)}
    </View>
  )
}
