// The one clock every handler reads. The local cloud may pin "now" for tests through LOCAL_CLOUD_NOW;
// in CloudBase that variable never exists, so this is the real time there.
export function now(): Date {
  const pinned = process.env.LOCAL_CLOUD_NOW
  if (pinned) {
    const at = new Date(pinned)
    if (!Number.isNaN(at.getTime())) return at
  }
  return new Date()
}
