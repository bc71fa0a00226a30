import { randomBytes } from 'node:crypto'
import { hoursCertificateInput, verifyHoursCertificateInput, type HoursCertificatePublic } from '@/types/hours'
import { shanghaiDay } from '@/types/text'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { firstDoc, getDocs } from '../core/db'
import { hours, teams, type HoursDoc, type TeamDoc } from '../teams/teamDocs'
import { readCertificateCode, signCertificateCode } from './certificateCode'
import { shanghaiPeriod } from './period'

/** A 时长证明 as issued: what it states is fixed at issue (a later correction does not rewrite a paper already shown). */
export interface HoursCertificateDoc extends HoursCertificatePublic {
  _id: string
  openid: string
  nonce: string
  issuedAt: string
}

export const certificates = () => db.collection('hoursCertificates')

const toPublic = (doc: HoursCertificateDoc): HoursCertificatePublic => ({
  name: doc.name,
  from: doc.from,
  to: doc.to,
  totalMinutes: doc.totalMinutes,
  activities: doc.activities,
  issuedAt: doc.issuedAt,
})

/**
 * The caller's own 时长证明 for a period: every activity with recorded minutes whose check-in falls in it (Shanghai
 * days, both ends included), from `volunteerHours` (check-in/check-out or a staff correction). Stored, and signed
 * like a badge (certificateCode.ts) so anyone can check it by scanning.
 */
export const issueHoursCertificate = defineAction({
  name: 'hours.certificate',
  input: hoursCertificateInput,
  async handle({ caller, input, now }) {
    const { start, end } = shanghaiPeriod(input.from, input.to)
    const docs = await getDocs<HoursDoc>(
      hours()
        .where({ openid: caller.openid, checkInAt: _.gte(start).and(_.lt(end)) })
        .orderBy('checkInAt', 'asc')
        .limit(1000),
    )
    const counted = docs.filter((d) => d.minutes > 0)
    const teamIds = [...new Set(counted.map((d) => d.teamId))]
    const teamDocs = teamIds.length
      ? await getDocs<TeamDoc>(
          teams()
            .where({ _id: _.in(teamIds) })
            .limit(100),
        )
      : []
    const teamName = new Map(teamDocs.map((t) => [t._id, t.name]))
    const doc: HoursCertificateDoc = {
      _id: randomBytes(12).toString('hex'),
      openid: caller.openid,
      nonce: randomBytes(12).toString('base64url'),
      name: input.name,
      from: input.from,
      to: input.to,
      totalMinutes: counted.reduce((sum, d) => sum + d.minutes, 0),
      activities: counted.map((d) => ({ title: d.activityTitle, team: teamName.get(d.teamId) ?? '', day: shanghaiDay(d.checkInAt!), minutes: d.minutes })),
      issuedAt: now.toISOString(),
    }
    await certificates().add({ data: doc })
    return { id: doc._id, ...toPublic(doc), code: signCertificateCode(doc._id, doc.nonce) }
  },
})

/** Anyone scans a 时长证明: genuine (our signature) and on record (the stored certificate with that nonce). */
export const verifyHoursCertificate = defineAction({
  name: 'hours.verifyCertificate',
  input: verifyHoursCertificateInput,
  caller: 'lazy',
  async handle({ input }) {
    const read = readCertificateCode(input.code)
    if (!read) return { valid: false, verdict: 'tampered' as const, certificate: null }
    const doc = await firstDoc<HoursCertificateDoc>(certificates().where({ _id: read.certificateId }).limit(1))
    if (!doc || doc.nonce !== read.nonce) return { valid: false, verdict: 'unknown' as const, certificate: null }
    return { valid: true, verdict: 'valid' as const, certificate: toPublic(doc) }
  },
})
