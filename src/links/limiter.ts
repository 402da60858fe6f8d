type Waiter = () => void

type HostState = { active: number; nextStartAt: number; queue: Waiter[]; timer: NodeJS.Timeout | null }

export type HostLimiter = {
  /** Runs `task` once the host has a free slot and its interval since the previous start has passed. */
  run: <T>(args: { host: string; task: () => Promise<T> }) => Promise<T>
}

/** At most `concurrency` requests in flight per host, and starts at least `intervalMs` apart. */
export function createHostLimiter({ concurrency, intervalMs }: { concurrency: number; intervalMs: number }): HostLimiter {
  const hosts = new Map<string, HostState>()

  const pump = (state: HostState) => {
    if (state.timer) return
    while (state.queue.length > 0 && state.active < concurrency) {
      const wait = state.nextStartAt - Date.now()
      if (wait > 0) {
        state.timer = setTimeout(() => {
          state.timer = null
          pump(state)
        }, wait)
        return
      }
      state.active += 1
      state.nextStartAt = Date.now() + intervalMs
      state.queue.shift()!()
    }
  }

  return {
    run: async ({ host, task }) => {
      let state = hosts.get(host)
      if (!state) {
        state = { active: 0, nextStartAt: 0, queue: [], timer: null }
        hosts.set(host, state)
      }
      const current = state
      await new Promise<void>((resolve) => {
        current.queue.push(resolve)
        pump(current)
      })
      try {
        return await task()
      } finally {
        current.active -= 1
        pump(current)
      }
    },
  }
}
