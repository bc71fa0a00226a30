// h5 (the local debug build; the mini-program takes TextScaleMeta.tsx): the scale sits on the document root
// (fontScaleHost.h5.ts), so a page needs nothing.

/** Renders nothing on h5. */
export function TextScaleMeta() {
  return null
}
