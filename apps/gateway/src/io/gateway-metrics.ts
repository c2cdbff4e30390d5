import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type RequestObservation = {
  endpoint: string;
  provider: string;
  model: string;
  status: number;
  outcome: string;
  latencyMs: number;
  ttftMs: number | null;
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  costMicros: bigint;
};

type CounterChild = { inc(value?: number): void };
type HistogramChild = { observe(value: number): void };
type Series = {
  requests: CounterChild;
  latency: HistogramChild;
  ttft: HistogramChild;
  input: CounterChild;
  output: CounterChild;
  cached: CounterChild;
  cost: CounterChild;
};

// Seconds; from sub-millisecond gateway errors to long generations.
const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * Prometheus series of the gateway, one registry per app (tests run several apps in a process).
 * Gauges for components (snapshot, usage sink) are read at scrape time through `addCollector`.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'endpoint' | 'provider' | 'model' | 'status' | 'outcome'>;
  private readonly tokens: Counter<'provider' | 'model' | 'kind'>;
  private readonly cost: Counter<'provider' | 'model'>;
  private readonly latency: Histogram<'endpoint' | 'provider'>;
  private readonly ttft: Histogram<'provider' | 'model'>;

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'gatehouse_gateway_' });
    this.requests = new Counter({
      name: 'gatehouse_requests_total',
      help: 'Requests handled, by endpoint, provider, model, HTTP status and outcome',
      labelNames: ['endpoint', 'provider', 'model', 'status', 'outcome'],
      registers: [this.registry],
    });
    this.tokens = new Counter({
      name: 'gatehouse_tokens_total',
      help: 'Tokens billed, by kind (input, output, cached)',
      labelNames: ['provider', 'model', 'kind'],
      registers: [this.registry],
    });
    this.cost = new Counter({
      name: 'gatehouse_cost_usd_total',
      help: 'Cost billed in US dollars (the ledger holds exact micro-dollars)',
      labelNames: ['provider', 'model'],
      registers: [this.registry],
    });
    this.latency = new Histogram({
      name: 'gatehouse_request_duration_seconds',
      help: 'Request latency as the caller saw it',
      labelNames: ['endpoint', 'provider'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.ttft = new Histogram({
      name: 'gatehouse_time_to_first_token_seconds',
      help: 'Time to the first streamed token',
      labelNames: ['provider', 'model'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
  }

  observe(o: RequestObservation): void {
    const series = this.seriesFor(o);
    series.requests.inc();
    series.latency.observe(o.latencyMs / 1000);
    if (o.ttftMs !== null) series.ttft.observe(o.ttftMs / 1000);
    if (o.inputTokens > 0) series.input.inc(o.inputTokens);
    if (o.outputTokens > 0) series.output.inc(o.outputTokens);
    if (o.cachedTokens > 0) series.cached.inc(o.cachedTokens);
    if (o.costMicros > 0n) series.cost.inc(Number(o.costMicros) / 1e6);
  }

  // prom-client hashes a label object on every call; the children for a label combination are
  // looked up once and reused (the combinations are few: endpoints × models × statuses).
  private readonly series = new Map<string, Series>();

  private seriesFor(o: RequestObservation): Series {
    const key = `${o.endpoint}\u0000${o.provider}\u0000${o.model}\u0000${o.status}\u0000${o.outcome}`;
    let found = this.series.get(key);
    if (found === undefined) {
      const { provider, model } = o;
      found = {
        requests: this.requests.labels(o.endpoint, provider, model, String(o.status), o.outcome),
        latency: this.latency.labels(o.endpoint, provider),
        ttft: this.ttft.labels(provider, model),
        input: this.tokens.labels(provider, model, 'input'),
        output: this.tokens.labels(provider, model, 'output'),
        cached: this.tokens.labels(provider, model, 'cached'),
        cost: this.cost.labels(provider, model),
      };
      this.series.set(key, found);
    }
    return found;
  }

  /** A gauge whose value is read when Prometheus scrapes. */
  addGauge(name: string, help: string, read: () => number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }
}
