import { postgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

type PoolLike = { on: (event: 'error', listener: (error: Error) => void) => unknown; listenerCount: (event: 'error') => number }
type Connectable = {
  connect?: (options?: unknown) => Promise<void>
  pool?: PoolLike
  payload?: { logger: { error: (details: unknown, message?: string) => void } }
}

/**
 * Payload's PostgreSQL adapter, with one thing it lacks: its pool has no
 * `error` listener, so a connection the server drops while it sits idle (a
 * restart, a failover, an administrator's `pg_terminate_backend`) is an
 * uncaught exception that ends the whole process. Here it is logged; the pool
 * opens a new connection for the next query, and `/healthz` answers 503 while
 * the server refuses.
 */
export function segarPostgresAdapter(options: Parameters<typeof postgresAdapter>[0]): DatabaseAdapterObj {
  const base = postgresAdapter(options)
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args) as unknown as Connectable
      const connect = adapter.connect?.bind(adapter)
      if (connect) {
        adapter.connect = async (connectOptions?: unknown) => {
          await connect(connectOptions)
          const pool = adapter.pool
          if (pool && pool.listenerCount('error') === 0) {
            pool.on('error', (error) => {
              adapter.payload?.logger.error({ err: error }, 'Koneksi PostgreSQL yang menganggur terputus; koneksi baru dibuka untuk kueri berikutnya.')
            })
          }
        }
      }
      return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}
