import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ImportReport } from '@/types/imports'
import { COORD_SYSTEMS, COORD_SYSTEM_LABELS, type CoordSystem } from '@/types/imports.vocab'
import { callApi } from '@/src/shared/api/callApi'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { Chips } from '@/src/staff/shared/Chips'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { markWritten } from '@/src/shared/query/useApiMutation'
import { pickImportFile, type PickedImportFile } from './pickImportFile'
import '@/src/staff/shared/staff.scss'

const ACTION_LABELS = { add: '新增', update: '更新' } as const

function ReportView({ report }: { report: ImportReport }) {
  return (
    <View className='staff-card import-report'>
      <Text className='staff-card__title'>{report.applied ? '已导入' : '预览（还没有写入）'}</Text>
      <Text className='staff-line import-counts'>
        读到 {report.rowsRead} 行：新增 {report.toAdd}，更新 {report.toUpdate}，不变 {report.toSkip}
        {report.badRowCount ? `，有问题 ${report.badRowCount}` : ''}
      </Text>
      {report.badRows.map((b) => (
        <Text key={b.line} className='staff-error import-bad-row'>
          第 {b.line} 行：{b.reason}
        </Text>
      ))}
      {report.badRowCount > report.badRows.length && <Text className='staff-line'>……另有 {report.badRowCount - report.badRows.length} 行有问题</Text>}
      {report.changes.map((c) => (
        <Text key={c.line} className='staff-line import-change'>
          第 {c.line} 行 {ACTION_LABELS[c.action]}：{c.name}
        </Text>
      ))}
    </View>
  )
}

function StationImport() {
  const [file, setFile] = useState<PickedImportFile | null>(null)
  const [system, setSystem] = useState<CoordSystem | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const input = (f: PickedImportFile) => ({ source: { fileID: f.fileID, fileName: f.name }, ...(system ? { defaultCoordSystem: system } : {}) })
  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (err) {
      setError(err instanceof Error && !('code' in err) ? err.message : toApiCallError(err).message)
    } finally {
      setBusy(false)
    }
  }
  const choose = () =>
    run(async () => {
      const picked = await pickImportFile()
      if (!picked) return
      setFile(picked)
      setReport(await callApi('imports.previewStations', input(picked)))
    })
  const preview = () => run(async () => setReport(file ? await callApi('imports.previewStations', input(file)) : null))
  const apply = () =>
    run(async () => {
      if (!file) return
      setReport(await callApi('imports.applyStations', input(file)))
      markWritten('imports.applyStations')
      Taro.showToast({ title: '已导入', icon: 'success' })
    })
  const canApply = !!report && !report.applied && report.badRowCount === 0 && report.toAdd + report.toUpdate > 0
  return (
    <View className='staff-page station-import-page'>
      <Text className='staff-line'>
        表头：名称、地址、纬度、经度、开放时间（必填），编号、区、坐标系、设施、电话、说明（可选）。开放时间如“周一至周五 8:30-17:00；周末
        9:00-17:00”“24小时”“20:00-次日6:00”“法定节假日休息”。有编号的按编号、没有的按名称+地址对应已有驿站；同一个文件再导入一次不会改动任何数据。
      </Text>
      <Text className='staff-line'>表里没有“坐标系”列时，坐标按：</Text>
      <Chips name='import-system' options={COORD_SYSTEMS} labels={COORD_SYSTEM_LABELS} value={system} onChange={setSystem} />
      <Button className='nx-big-button import-choose' type='primary' block loading={busy && !report} onClick={choose}>
        {file ? `换一个文件（当前：${file.name}）` : '选择 CSV 或 Excel 文件'}
      </Button>
      {file && (
        <Button className='nx-big-button import-preview' block loading={busy} onClick={preview}>
          重新预览
        </Button>
      )}
      {error && <Text className='staff-error import-error'>{error}</Text>}
      {report ? <ReportView report={report} /> : <Empty status='empty' title='先选一个文件，导入前会先预览' />}
      {report && !report.applied && (
        <Button className='nx-big-button import-apply' type='primary' block disabled={!canApply} loading={busy} onClick={apply}>
          {report.badRowCount ? '请先改好有问题的行' : canApply ? `确认导入（新增 ${report.toAdd}，更新 ${report.toUpdate}）` : '没有需要改动的'}
        </Button>
      )}
    </View>
  )
}

/** 批量导入驿站 (街道管理员): pick a published list, preview every row, then apply all or nothing. */
export default function StationImportPage() {
  // chooseMessageFile is a privacy API (选中的文件): the guide's popup must be on the page that calls it.
  return (
    <>
      <PrivacyPopup />
      <StaffGate>
        {(roles) =>
          roles.includes('admin') ? (
            <StationImport />
          ) : (
            <Empty className='staff-forbidden' status='empty' title='仅限街道管理员' description='批量导入驿站需要街道管理员身份' />
          )
        }
      </StaffGate>
    </>
  )
}
