import type { Payload } from 'payload'

import { seed } from '../../seed'
import { createApp, listen } from '../../src/server'
import type { RunningServer } from '../../src/server'
import { SLUGS } from '../../src/slugs'
import { startTestPayload } from './payload'
import type { TestPayload } from './payload'

export const PASSWORD = 'kata-sandi-uji-yang-panjang-1'

export type TestUsers = {
  admin: { id: string | number; email: string }
  reviewer: { id: string | number; email: string }
  editorA: { id: string | number; email: string }
  editorB: { id: string | number; email: string }
}

export type TestServer = TestPayload & {
  url: string
  running: RunningServer
  officeA: { id: string | number; singkatan: string }
  officeB: { id: string | number; singkatan: string }
  users: TestUsers
  /** Logs in over HTTP and returns the JWT. */
  login: (email: string, password?: string) => Promise<string>
  api: (path: string, init?: RequestInit & { token?: string; json?: unknown }) => Promise<Response>
  close: () => Promise<void>
}

export async function officeBySingkatan(payload: Payload, singkatan: string) {
  const result = await payload.find({ collection: SLUGS.opd, where: { singkatan: { equals: singkatan } }, limit: 1 })
  const office = result.docs[0]
  if (!office) throw new Error(`OPD ${singkatan} tidak ada`)
  return office
}

/**
 * The real express app on an ephemeral loopback port, on a database of its
 * own, seeded with Palembang's offices and four people: an admin, a
 * reviewer, an editor of DISDAG (office A) and an editor of DINKES (office B).
 */
export async function startTestServer(options: { extraEnv?: Record<string, string> } = {}): Promise<TestServer> {
  const context = await startTestPayload({ isFile: true, extraEnv: options.extraEnv })
  const { payload, config } = context
  await seed({ payload })
  const officeA = await officeBySingkatan(payload, 'DISDAG')
  const officeB = await officeBySingkatan(payload, 'DINKES')
  const diskominfo = await officeBySingkatan(payload, 'DISKOMINFO')
  const makeUser = async (email: string, nama: string, roles: string[], opd: (string | number)[]) => {
    const user = await payload.create({
      collection: SLUGS.users,
      data: { email, nama, password: PASSWORD, roles: roles as ('admin' | 'reviewer' | 'editor')[], opd: opd as number[] },
    })
    return { id: user.id, email }
  }
  const users: TestUsers = {
    admin: await makeUser('admin@uji.segar.example', 'Admin Uji', ['admin'], [diskominfo.id]),
    reviewer: await makeUser('peninjau@uji.segar.example', 'Peninjau Uji', ['reviewer'], [diskominfo.id]),
    editorA: await makeUser('editor.disdag@uji.segar.example', 'Editor DISDAG', ['editor'], [officeA.id]),
    editorB: await makeUser('editor.dinkes@uji.segar.example', 'Editor DINKES', ['editor'], [officeB.id]),
  }
  const app = createApp({ payload, config, publicUrl: context.env.publicUrl, bodyLimits: context.env.bodyLimits })
  const running = await listen({ app, payload, port: 0, host: '127.0.0.1', graceMs: 2000 })
  const api: TestServer['api'] = (path, init = {}) => {
    const headers = new Headers(init.headers)
    if (init.token) headers.set('authorization', `JWT ${init.token}`)
    let body = init.body
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json')
      body = JSON.stringify(init.json)
    }
    return fetch(`${running.url}${path}`, { ...init, headers, body })
  }
  const login = async (email: string, password = PASSWORD) => {
    const response = await api('/api/users/login', { method: 'POST', json: { email, password } })
    if (response.status !== 200) throw new Error(`login ${email} gagal: ${response.status} ${await response.text()}`)
    const body = (await response.json()) as { token: string }
    return body.token
  }
  return {
    ...context,
    url: running.url,
    running,
    officeA: { id: officeA.id, singkatan: officeA.singkatan },
    officeB: { id: officeB.id, singkatan: officeB.singkatan },
    users,
    login,
    api,
    close: async () => {
      await running.close().catch(() => {})
      await context.cleanup()
    },
  }
}
