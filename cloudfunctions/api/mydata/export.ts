import { myDataInput, type MyDataExport } from '@/types/mydata'
import { defineAction } from '../core/action'
import { personalCollections } from './declarations'
import { recordsOf } from './records'

/** Everything the system holds about one person, collection by collection. */
export async function collectMyData(openid: string, now: Date): Promise<MyDataExport> {
  const collections: Record<string, unknown[]> = {}
  for (const declaration of personalCollections) {
    const records = await recordsOf(declaration, openid)
    if (records.length) collections[declaration.collection] = records
  }
  return { exportedAt: now.toISOString(), openid, collections }
}

export const exportMyData = defineAction({
  name: 'mydata.export',
  input: myDataInput,
  handle: ({ caller, now }) => collectMyData(caller.openid, now),
})
