// autocannon ships no types; only what the benches use.
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p99: number; max: number }
  type Result = { requests: Histogram; latency: Histogram; throughput: Histogram; non2xx: number; errors: number; timeouts: number }
  type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string> }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
