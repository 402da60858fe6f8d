import type { ServerResponse } from 'node:http'

import helmet from 'helmet'

/**
 * The admin is a Next app: its pages carry inline bootstrap scripts and
 * inline styles, so scripts and styles allow 'unsafe-inline' from this
 * origin only; everything else (frames, plugins, other origins) is refused.
 * Measured in tests/e2e: no violation on login, dashboard, a list and an edit view.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

export type SecurityHeaders = { set: (res: ServerResponse) => void; headers: Record<string, string> }

/**
 * Helmet's headers, worked out once: they are the same for every answer, and
 * the cached API answers are written before express (and so before any
 * middleware) runs. HSTS only when the public address is https.
 */
export function securityHeaders({ publicUrl }: { publicUrl: string }): SecurityHeaders {
  const isHttps = publicUrl.startsWith('https://')
  const middleware = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...CONTENT_SECURITY_POLICY, ...(isHttps ? { 'upgrade-insecure-requests': [] } : {}) } },
    // The public site and the mobile app read the API and its files from other origins.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: isHttps ? { maxAge: 180 * 24 * 60 * 60 } : false,
  })
  const headers: Record<string, string> = {}
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value)
    },
    removeHeader: () => {},
  }
  middleware({} as never, recorder as never, () => {})
  return {
    headers,
    set: (res) => {
      res.removeHeader('x-powered-by')
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    },
  }
}
