// h5: the browser downloads the ledger from its temporary link. The weapp side is saveLedger.weapp.ts.
import type { LedgerFile } from '@/types/ledger'

/** Starts the download; answers what to tell the person. */
export async function saveLedger(file: LedgerFile): Promise<string> {
  const link = document.createElement('a')
  link.href = file.url
  link.download = file.filename
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  return '台账已开始下载'
}
