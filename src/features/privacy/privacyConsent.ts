import { watchPrivacyRequests, type PrivacyResolve } from './privacyHost'

// The privacy guide must be accepted before location (or photos) are touched.
// weapp: WeChat raises onNeedPrivacyAuthorization when such an API is called and waits for our popup's answer.
// h5: we ask the same question ourselves before the browser's geolocation, and remember the answer.

type Resolve = PrivacyResolve
type Listener = (open: boolean) => void

const H5_KEY = 'nx.privacyAccepted'
export const AGREE_BUTTON_ID = 'privacy-agree-btn'

let pending: { resolve: Resolve | null; settle: (agreed: boolean) => void } | null = null
const listeners = new Set<Listener>()

function show(resolve: Resolve | null): Promise<boolean> {
  return new Promise((settle) => {
    pending = { resolve, settle }
    listeners.forEach((listener) => listener(true))
  })
}

/** Called once at launch (weapp: WeChat's requests, privacyHost.ts; h5: nothing, privacyHost.h5.ts). */
export function listenForPrivacyRequests(): void {
  watchPrivacyRequests((answer) => {
    // A page that reaches for a privacy API without <PrivacyPopup /> would leave WeChat waiting for ever (and we must
    // not report an exposure that never happened): refuse at once, so the API fails and the page falls back.
    if (popupsInView.length === 0) {
      console.error('[privacy] a privacy API was called on a page without <PrivacyPopup />')
      answer({ event: 'disagree' })
      return
    }
    void show(answer)
    answer({ event: 'exposureAuthorization' })
  })
}

/** h5: true once the person accepted the guide (asks if they have not answered yet). */
export async function ensureConsentInBrowser(): Promise<boolean> {
  if (window.localStorage.getItem(H5_KEY) === 'yes') return true
  const agreed = await show(null)
  if (agreed) window.localStorage.setItem(H5_KEY, 'yes')
  return agreed
}

export function answerPrivacyRequest(agreed: boolean): void {
  const current = pending
  pending = null
  listeners.forEach((listener) => listener(false))
  if (!current) return
  current.resolve?.(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' })
  current.settle(agreed)
}

export function onPrivacyRequest(listener: Listener): () => void {
  listeners.add(listener)
  if (pending) listener(true)
  return () => listeners.delete(listener)
}

// Several pages can hold a popup at once (h5 keeps the page stack mounted): only the one shown last answers.
let nextPopupId = 1
const popupsInView: number[] = []
const frontListeners = new Set<() => void>()

export const newPopupId = () => nextPopupId++
export const isFrontPopup = (id: number) => popupsInView[popupsInView.length - 1] === id

export function popupInView(id: number, inView: boolean): void {
  const at = popupsInView.indexOf(id)
  if (at >= 0) popupsInView.splice(at, 1)
  if (inView) popupsInView.push(id)
  frontListeners.forEach((listener) => listener())
}

export function onFrontPopupChange(listener: () => void): () => void {
  frontListeners.add(listener)
  return () => frontListeners.delete(listener)
}
