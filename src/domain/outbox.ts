/** What an email in the outbox is. */
export const OUTBOX_KINDS = ['ringkasan-harian', 'eskalasi', 'laporan-mingguan', 'lainnya'] as const
export type OutboxKind = (typeof OUTBOX_KINDS)[number]

/** Where an email in the outbox stands. */
export const OUTBOX_STATUSES = ['antre', 'terkirim', 'gagal'] as const
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number]
