/**
 * The ceiling: bare node:http answering the bytes the app answered, with the
 * same headers, so the ratio app/ceiling measures what Payload and express cost.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Fixture = { path: string; headers: Record<string, string>; body: string }
export type CeilingCommand = { type: 'serve'; fixtures: Fixture[] } | { type: 'stop' }
export type CeilingReady = { type: 'ready'; url: string }

process.on('message', (command: CeilingCommand) => {
  if (command.type === 'stop') process.exit(0)
  const answers = new Map(command.fixtures.map((fixture) => [fixture.path, { headers: fixture.headers, body: Buffer.from(fixture.body, 'base64') }]))
  const server = http.createServer((req, res) => {
    const answer = answers.get(req.url ?? '')
    if (!answer) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { ...answer.headers, 'content-length': answer.body.length })
    res.end(answer.body)
  })
  server.listen(0, '127.0.0.1', () => {
    const ready: CeilingReady = { type: 'ready', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
    process.send?.(ready)
  })
})
