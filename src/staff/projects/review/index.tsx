import { View } from '@tarojs/components'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { ReviewCard } from './ReviewCard'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import '@/src/features/projects/projects.scss'

const ALL = {} as Record<string, never>

/** Staff: every claim, pending ones first. */
function ClaimReviewPageContent() {
  const { data, error, reload } = useApiQuery('projects.reviewQueue', ALL)
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!data) return <LoadingRows />
  if (data.claims.length === 0) return <Empty title='还没有认领' />
  return (
    <View className='projects-page review-page'>
      {data.claims.map((claim) => (
        <ReviewCard key={claim.id} claim={claim} />
      ))}
    </View>
  )
}

export default function ClaimReviewPage() {
  return <StaffGate>{() => <ClaimReviewPageContent />}</StaffGate>
}
