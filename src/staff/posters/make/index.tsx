import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { POSTER_KINDS, POSTER_KIND_LABELS, type PosterKind } from '@/types/posters.vocab'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Cell, CellGroup, Empty } from '@/src/shared/ui/nutui'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { PosterPreview } from '@/src/features/posters/PosterPreview'
import { posterUrl } from '@/src/features/posters/routes'
import { shortTime } from '@/src/features/events/format'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import '@/src/features/posters/posters.scss'

const NO_INPUT = {} as Record<string, never>

/** One poster: `posters.make` gives its words and code; the app draws it (PosterPreview). */
function PosterOf({ kind, id }: { kind: PosterKind; id?: string }) {
  const poster = useApiQuery('posters.make', { kind, ...(id ? { id } : {}) })
  return (
    <QueryView query={poster} pending={poster.loading || !poster.data}>
      {(data) => (
        <>
          <View className='poster-hint'>扫码打开：{data.title}。保存后可发到群聊或打印张贴。</View>
          <PosterPreview poster={data} />
        </>
      )}
    </QueryView>
  )
}

/** No poster chosen yet: the stations poster, or an upcoming public event, or a project. */
function PosterChooser() {
  const events = useApiQuery('events.list', NO_INPUT)
  const projects = useApiQuery('projects.list', NO_INPUT)
  const open = (kind: PosterKind, id?: string) => Taro.navigateTo({ url: posterUrl(kind, id) })
  return (
    <>
      <CellGroup title={POSTER_KIND_LABELS.stations}>
        <Cell
          className='poster-choice'
          title='扫码找最近的驿站'
          description='贴在店铺橱窗，骑手扫码看附近营业中的驿站'
          clickable
          onClick={() => open('stations')}
        />
      </CellGroup>
      <QueryView
        query={events}
        pending={events.loading || !events.data}
        isEmpty={(d) => d.events.length === 0}
        empty={<Empty status='empty' title='没有即将开始的公开活动' />}
      >
        {(data) => (
          <CellGroup title={POSTER_KIND_LABELS.event}>
            {data.events.map((e) => (
              <Cell key={e.id} className='poster-choice' title={e.title} description={shortTime(e.startAt)} clickable onClick={() => open('event', e.id)} />
            ))}
          </CellGroup>
        )}
      </QueryView>
      <QueryView
        query={projects}
        pending={projects.loading || !projects.data}
        isEmpty={(d) => d.projects.length === 0}
        empty={<Empty status='empty' title='还没有公益项目' />}
      >
        {(data) => (
          <CellGroup title={POSTER_KIND_LABELS.project}>
            {data.projects.map((p) => (
              <Cell key={p.id} className='poster-choice' title={p.name} description={p.summary} clickable onClick={() => open('project', p.id)} />
            ))}
          </CellGroup>
        )}
      </QueryView>
    </>
  )
}

/** 工作台 → 海报与小程序码: posters for a group chat or a shop window, each with the code that opens its page. */
export default function PosterPage() {
  const { params } = useRouter()
  const kind = (POSTER_KINDS as readonly string[]).includes(params.kind ?? '') ? (params.kind as PosterKind) : null
  const id = params.id ? decodeURIComponent(params.id) : undefined
  return (
    <View className='poster-page'>
      <PrivacyPopup />
      <StaffGate>{() => (kind ? <PosterOf kind={kind} id={id} /> : <PosterChooser />)}</StaffGate>
    </View>
  )
}
