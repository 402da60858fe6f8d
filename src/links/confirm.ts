import { FAILING_RESULTS } from './classify'
import type { LinkResult } from './classify'

export type LinkRunState = {
  gagalBerturut: number
  pertamaGagal: Date | null
  dikonfirmasiPada: Date | null
}

export type ConfirmedState = LinkRunState & { terkonfirmasi: boolean }

const isFailing = (hasil: LinkResult) => FAILING_RESULTS.includes(hasil)

/**
 * The link's standing after one more run. A failure counts only once it has
 * repeated `confirmations` runs in a row; a working answer clears it. A
 * caution (blocked) or an unjudgeable run (error) neither adds to the run of
 * failures nor clears it, and while it lasts the link is not counted.
 */
export function nextLinkState({
  previous,
  hasil,
  now,
  confirmations,
}: {
  previous: LinkRunState | null
  hasil: LinkResult
  now: Date
  confirmations: number
}): ConfirmedState {
  const before = previous ?? { gagalBerturut: 0, pertamaGagal: null, dikonfirmasiPada: null }
  if (hasil === 'ok' || hasil === 'redirected') {
    return { gagalBerturut: 0, pertamaGagal: null, dikonfirmasiPada: null, terkonfirmasi: false }
  }
  if (!isFailing(hasil)) return { ...before, terkonfirmasi: false }
  const gagalBerturut = before.gagalBerturut + 1
  const pertamaGagal = before.gagalBerturut > 0 && before.pertamaGagal ? before.pertamaGagal : now
  const terkonfirmasi = gagalBerturut >= confirmations
  const dikonfirmasiPada = terkonfirmasi ? (before.dikonfirmasiPada ?? now) : null
  return { gagalBerturut, pertamaGagal, dikonfirmasiPada, terkonfirmasi }
}
