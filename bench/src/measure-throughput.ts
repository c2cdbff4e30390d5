import autocannon from 'autocannon';
import { chatBody, type BenchTarget } from './bench-targets.js';

export type Throughput = {
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  total: number;
};

/** Requests/s at saturation: `connections` keep-alive connections for `seconds`. */
export async function measureThroughput(
  target: BenchTarget,
  connections: number,
  seconds: number,
): Promise<Throughput> {
  const result = await autocannon({
    url: `${target.origin}${target.path}`,
    method: 'POST',
    headers: target.headers,
    body: chatBody(false),
    connections,
    duration: seconds,
  });
  return {
    requestsPerSecond: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
  };
}
