import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD, startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.close()
})

describe('login over HTTP', () => {
  it('should return a token and the user for the right password', async () => {
    const response = await server.api('/api/users/login', {
      method: 'POST',
      json: { email: server.users.editorA.email, password: PASSWORD },
    })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.token).toEqual(expect.any(String))
    expect(body.user.email).toBe(server.users.editorA.email)
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith('segar-token='))).toBe(true)
  })

  it('should answer 401 with an Indonesian message for a wrong password', async () => {
    const response = await server.api('/api/users/login', {
      method: 'POST',
      headers: { 'accept-language': 'id' },
      json: { email: server.users.reviewer.email, password: 'salah-sekali-ini' },
    })
    expect(response.status).toBe(401)
    const body = await response.json()
    expect(body.errors[0].message).toMatch(/salah/i)
  })

  it('should tell who is logged in through /me, and nobody without a token', async () => {
    const token = await server.login(server.users.editorB.email)
    const me = await (await server.api('/api/users/me', { token })).json()
    expect(me.user.email).toBe(server.users.editorB.email)
    expect(me.user.roles).toEqual(['editor'])
    const anonymous = await (await server.api('/api/users/me')).json()
    expect(anonymous.user).toBeNull()
  })
})

describe('/healthz', () => {
  it('should answer 200 after a database round trip', async () => {
    const response = await server.api('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', database: server.database.kind })
  })

  it('should answer 503 when the database is unreachable', async () => {
    await server.payload.db.destroy?.()
    const response = await server.api('/healthz')
    expect(response.status).toBe(503)
    expect((await response.json()).status).toBe('error')
  })
})
