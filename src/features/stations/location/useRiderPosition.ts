import { useCallback, useEffect, useState } from 'react'
import { FALLBACK_POSITION, locateDevice, type RiderPosition } from './position'

/**
 * Asks for the device's position once; falls back to the block centre (and says so) when that fails.
 * `position` is null only while the first answer is pending.
 */
export function useRiderPosition() {
  const [position, setPosition] = useState<RiderPosition | null>(null)

  const locate = useCallback(async () => {
    const fix = await locateDevice()
    setPosition(fix ?? FALLBACK_POSITION)
  }, [])

  useEffect(() => {
    void locate()
  }, [locate])

  return { position, setPosition, relocate: locate }
}
