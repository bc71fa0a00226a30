import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { BlockView } from '@/types/org'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { LocationPicker } from '@/src/shared/location/LocationPicker'
import { Button } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'

interface GridDraft {
  gridId?: string
  name: string
}

/** Admin: a new block of `streetId` (no `block`) or that block — name, 党支部, centre, and any number of grids. */
export function BlockForm({ streetId, block, onSaved }: { streetId: string; block?: BlockView; onSaved: (block: BlockView) => void }) {
  const [name, setName] = useState(block?.name ?? '')
  const [branch, setBranch] = useState(block?.branch ?? '')
  const [centre, setCentre] = useState(block?.centre ?? null)
  const [grids, setGrids] = useState<GridDraft[]>(block?.grids.map((g) => ({ gridId: g.gridId, name: g.name })) ?? [{ name: '第一网格' }])
  const { mutate: submit, busy } = useApiMutation('org.saveBlock', (saved) => {
    Taro.showToast({ title: '已保存', icon: 'success' })
    onSaved(saved)
  })
  const setGrid = (i: number, gridName: string) => setGrids(grids.map((g, j) => (j === i ? { ...g, name: gridName } : g)))
  const ready = !!name.trim() && !!branch.trim() && !!centre && grids.every((g) => g.name.trim())
  const save = () =>
    centre &&
    submit({
      ...(block ? { blockId: block.blockId } : {}),
      streetId,
      name: name.trim(),
      branch: branch.trim(),
      centre,
      grids: grids.map((g) => ({ ...(g.gridId ? { gridId: g.gridId } : {}), name: g.name.trim() })),
    })
  return (
    <View className='staff-card org-block-form'>
      <Text className='staff-card__title'>{block ? `编辑${block.name}` : '新建街区'}</Text>
      <Text className='staff-line'>街区名称</Text>
      <Input className='org-block-name' value={name} onChange={setName} placeholder='例如：新华路第一街区' maxLength={30} />
      <Text className='staff-line'>街区党支部</Text>
      <Input className='org-block-branch' value={branch} onChange={setBranch} placeholder='例如：新华路第一街区党支部' maxLength={40} />
      <Text className='staff-line'>街区中心</Text>
      <LocationPicker name='org-block-centre' value={centre} onChange={(p) => setCentre({ lat: p.lat, lng: p.lng })} />
      <Text className='staff-line'>网格（{grids.length} 个）</Text>
      {grids.map((g, i) => (
        <View key={g.gridId ?? `new-${i}`} className={`org-grid-row org-grid-row-${i + 1}`}>
          <Input
            className={`org-grid-name org-grid-name-${i + 1}`}
            value={g.name}
            onChange={(v: string) => setGrid(i, v)}
            placeholder={`第 ${i + 1} 个网格的名称`}
            maxLength={30}
          />
          {grids.length > 1 && (
            <Button className={`org-grid-remove org-grid-remove-${i + 1}`} size='small' onClick={() => setGrids(grids.filter((_, j) => j !== i))}>
              移除
            </Button>
          )}
        </View>
      ))}
      <Button className='nx-big-button org-grid-add' block onClick={() => setGrids([...grids, { name: '' }])}>
        添加网格
      </Button>
      <Button className='nx-big-button org-block-save' type='primary' block disabled={!ready} loading={busy} onClick={save}>
        保存街区
      </Button>
    </View>
  )
}
