// weapp (Taro's default file; the h5 build takes LocalBadgeCode.h5.tsx): the QR code is scanned, nothing more shown.

/** h5 only: the badge's code as text, to paste into the verify page. Renders nothing in the mini-program. */
export function LocalBadgeCode(_props: { code: string }) {
  return null
}
