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
    const { provider, model } = o;
    this.requests.inc({
      endpoint: o.endpoint,
      provider,
      model,
      status: String(o.status),
      outcome: o.outcome,
    });
    this.latency.observe({ endpoint: o.endpoint, provider }, o.latencyMs / 1000);
    if (o.ttftMs !== null) this.ttft.observe({ provider, model }, o.ttftMs / 1000);
    if (o.inputTokens > 0) this.tokens.inc({ provider, model, kind: 'input' }, o.inputTokens);
    if (o.outputTokens > 0) this.tokens.inc({ provider, model, kind: 'output' }, o.outputTokens);
    if (o.cachedTokens > 0) this.tokens.inc({ provider, model, kind: 'cached' }, o.cachedTokens);
    if (o.costMicros > 0n) this.cost.inc({ provider, model }, Number(o.costMicros) / 1e6);
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
