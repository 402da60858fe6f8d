import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/slugs'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

const PUBLIC_URL = 'https://segar.palembang.go.id'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ extraEnv: { PUBLIC_URL } })
})

afterAll(async () => {
  await server?.close()
})

function expectSecurityHeaders(response: Response) {
  const policy = response.headers.get('content-security-policy') ?? ''
  expect(policy).toContain("default-src 'self'")
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).toContain("object-src 'none'")
  expect(response.headers.get('x-frame-options')).toBe('DENY')
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
  expect(response.headers.get('x-powered-by')).toBeNull()
}

describe('security headers', () => {
  it('should be on API answers, cached ones too, on 404s and on /healthz', async () => {
    const first = await server.api('/api/opd?limit=1')
    expect(first.status).toBe(200)
    expectSecurityHeaders(first)
    // The second anonymous read is answered from memory before express runs.
    const cached = await server.api('/api/opd?limit=1')
    expect(cached.status).toBe(200)
    expectSecurityHeaders(cached)
    const missing = await server.api('/tidak-ada')
    expect(missing.status).toBe(404)
    expectSecurityHeaders(missing)
    const apiMissing = await server.api('/api/tidak-ada')
    expect(apiMissing.status).toBe(404)
    expectSecurityHeaders(apiMissing)
    const health = await server.api('/healthz')
    expectSecurityHeaders(health)
    const login = await server.api('/api/users/login', { method: 'POST', json: { email: 'x@uji.segar.example', password: 'salah-sekali-ini-1' } })
    expectSecurityHeaders(login)
  })

  it('should mark the session cookie Secure when the public address is https', async () => {
    const response = await server.api('/api/users/login', { method: 'POST', json: { email: server.users.admin.email, password: 'kata-sandi-uji-yang-panjang-1' } })
    expect(response.status).toBe(200)
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('segar-token='))!
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/HttpOnly/i)
  })
})

describe('cross-origin requests', () => {
  const cookieOf = async () => {
    const response = await server.api('/api/users/login', { method: 'POST', json: { email: server.users.admin.email, password: 'kata-sandi-uji-yang-panjang-1' } })
    return response.headers.getSetCookie().find((value) => value.startsWith('segar-token='))!.split(';')[0]!
  }

  it("should not act on the admin's cookie for a request from another origin", async () => {
    const cookie = await cookieOf()
    const before = (await server.payload.count({ collection: SLUGS.komoditas })).totalDocs
    const forged = await server.api('/api/komoditas', {
      method: 'POST',
      headers: { cookie, origin: 'https://jahat.example' },
      json: { nama: 'Komoditas Palsu', satuan: 'kg' },
    })
    expect(forged.status).toBe(403)
    expect((await server.payload.count({ collection: SLUGS.komoditas })).totalDocs).toBe(before)
    const me = await (await server.api('/api/users/me', { headers: { cookie, origin: 'https://jahat.example' } })).json()
    expect(me.user).toBeNull()
    const own = await (await server.api('/api/users/me', { headers: { cookie, origin: PUBLIC_URL } })).json()
    expect(own.user.email).toBe(server.users.admin.email)
  })

  it('should allow CORS only for the public address', async () => {
    const preflight = (origin: string) =>
      server.api('/api/komoditas', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } })
    const allowed = await preflight(PUBLIC_URL)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PUBLIC_URL)
    const refused = await preflight('https://jahat.example')
    expect(refused.headers.get('access-control-allow-origin')).not.toBe('https://jahat.example')
    expect(refused.headers.get('access-control-allow-origin')).not.toBe('*')
  })
})
