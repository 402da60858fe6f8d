/** Where a scheduled job's run stands. */
export const JOB_RUN_STATUSES = ['berjalan', 'selesai', 'gagal'] as const

export type JobRunStatus = (typeof JOB_RUN_STATUSES)[number]
