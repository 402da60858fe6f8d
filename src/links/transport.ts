import http from 'node:http'
import https from 'node:https'
import { isIP } from 'node:net'
import type { LookupFunction } from 'node:net'

import type { ResolvedAddress } from './privateAddress'

export type HttpRequest = {
  url: URL
  method: 'HEAD' | 'GET'
  headers: Record<string, string>
  timeoutMs: number
  /** Connect only to these, already vetted, addresses: the name is not looked up a second time. */
  addresses: ResolvedAddress[]
  /** GET only: how much of the body to keep; the rest is never downloaded. */
  maxBodyBytes: number
}

export type HttpResponse = { status: number; headers: Record<string, string | undefined>; bodyPrefix: string | null }

/** Thrown for anything that is not an HTTP answer; `code` is Node's error code, or ETIMEDOUT for our own timeout. */
export class TransportError extends Error {
  readonly code: string
  constructor({ code, message }: { code: string; message: string }) {
    super(message)
    this.name = 'TransportError'
    this.code = code
  }
}

export type Transport = (request: HttpRequest) => Promise<HttpResponse>

function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, addresses.map((entry) => ({ address: entry.address, family: entry.family })))
    else callback(null, addresses[0]!.address, addresses[0]!.family)
  }) as LookupFunction
}

const flatHeaders = (headers: http.IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]))

/** node:http(s), one request, no redirects followed, no connection reuse. */
export const nodeTransport: Transport = (request) =>
  new Promise<HttpResponse>((resolve, reject) => {
    const isHttps = request.url.protocol === 'https:'
    const bareHost = request.url.hostname.replace(/^\[|\]$/g, '')
    const client = isHttps ? https : http
    let isSettled = false
    const settle = (action: () => void) => {
      if (isSettled) return
      isSettled = true
      clearTimeout(timer)
      action()
    }
    const outgoing = client.request(
      request.url,
      {
        method: request.method,
        headers: request.headers,
        agent: false,
        lookup: pinnedLookup(request.addresses),
        ...(isHttps && isIP(bareHost) === 0 ? { servername: bareHost } : {}),
      },
      (incoming) => {
        const status = incoming.statusCode ?? 0
        const headers = flatHeaders(incoming.headers)
        if (request.method === 'HEAD' || request.maxBodyBytes <= 0 || status < 200 || status >= 300) {
          incoming.destroy()
          outgoing.destroy()
          settle(() => resolve({ status, headers, bodyPrefix: null }))
          return
        }
        const chunks: Buffer[] = []
        let size = 0
        const finish = () => {
          incoming.destroy()
          outgoing.destroy()
          settle(() => resolve({ status, headers, bodyPrefix: Buffer.concat(chunks).subarray(0, request.maxBodyBytes).toString('utf8') }))
        }
        incoming.on('data', (chunk: Buffer) => {
          chunks.push(chunk)
          size += chunk.length
          if (size >= request.maxBodyBytes) finish()
        })
        incoming.on('end', finish)
        incoming.on('error', finish)
      },
    )
    const timer = setTimeout(() => {
      settle(() => reject(new TransportError({ code: 'ETIMEDOUT', message: `tidak ada jawaban dalam ${request.timeoutMs} ms` })))
      outgoing.destroy()
    }, request.timeoutMs)
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      settle(() => reject(new TransportError({ code: error.code ?? 'EUNKNOWN', message: error.message })))
    })
    outgoing.end()
  })
