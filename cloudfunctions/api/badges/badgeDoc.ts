import type { BadgePublicView, BadgeView } from '@/types/badges'
import type { Grid } from '@/types/shops.vocab'
import { cloud } from '../core/cloud'

/** A badge as stored in `badges` (functions only). */
export interface BadgeDoc {
  _id: string
  holderOpenid: string
  name: string
  title: string
  grid: Grid
  photoFileId: string | null
  issuedBy: string
  issuedByOpenid: string
  /** Random, in the signed code: a reissued badge's old codes stop working. */
  nonce: string
  status: 'active' | 'revoked'
  issuedAt: Date
  validUntil: Date
  revokedAt: Date | null
}

async function photoUrl(fileId: string | null): Promise<string | null> {
  if (!fileId) return null
  try {
    const res = (await cloud.getTempFileURL({ fileList: [fileId] })) as { fileList?: Array<{ tempFileURL?: string }> }
    return res.fileList?.[0]?.tempFileURL || null
  } catch (error) {
    console.warn('[badges] getTempFileURL failed', error)
    return null
  }
}

export async function toBadgePublicView(doc: BadgeDoc): Promise<BadgePublicView> {
  return {
    name: doc.name,
    title: doc.title,
    grid: doc.grid,
    issuedBy: doc.issuedBy,
    photoUrl: await photoUrl(doc.photoFileId),
    issuedAt: new Date(doc.issuedAt).toISOString(),
    validUntil: new Date(doc.validUntil).toISOString(),
  }
}

export async function toBadgeView(doc: BadgeDoc): Promise<BadgeView> {
  return { ...(await toBadgePublicView(doc)), id: doc._id, holderOpenid: doc.holderOpenid, status: doc.status }
}
