import type { FreshnessStatus } from '../../src/domain/freshness'
import type { MenuFreshness } from '../../src/freshness/evaluate'

export type PreviousSnapshot = { status: FreshnessStatus; dijalankanPada: string }

export type SnapshotPlan = {
  result: MenuFreshness
  /** False when this instant is already recorded for the menu (a replay): nothing is written. */
  snapshot: boolean
  transition: { dari: FreshnessStatus; ke: FreshnessStatus } | null
}

/**
 * What one sweep writes for one menu. A menu seen for the first time has no
 * transition: there is no earlier status to have changed from.
 */
export function planSnapshot({
  result,
  previous,
  now,
}: {
  result: MenuFreshness
  previous: PreviousSnapshot | null
  now: Date
}): SnapshotPlan {
  if (previous && new Date(previous.dijalankanPada).getTime() === now.getTime()) {
    return { result, snapshot: false, transition: null }
  }
  const transition = previous && previous.status !== result.status ? { dari: previous.status, ke: result.status } : null
  return { result, snapshot: true, transition }
}
