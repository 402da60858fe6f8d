/**
 * The content generation: a number that moves whenever anything stored may
 * have changed. Cached anonymous answers belong to the generation they were
 * read in and die when it moves.
 *
 * It lives on `globalThis`, not in this module, because a process serving the
 * admin holds two copies of the code (ours and the one bundled into Next), each
 * with its own Payload instance on the same database: a write through either
 * must reach the one cache.
 */
const KEY = Symbol.for('segar.contentGeneration')

type Holder = { value: number }

function holder(): Holder {
  const scope = globalThis as typeof globalThis & { [KEY]?: Holder }
  scope[KEY] ??= { value: 0 }
  return scope[KEY]
}

export function contentGeneration(): number {
  return holder().value
}

/** Call after writing through the database adapter directly (no hooks, no transaction run by Payload). */
export function bumpContentGeneration(): void {
  holder().value += 1
}
