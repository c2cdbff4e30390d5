// No Docker engine or cluster runs here, so the compose file, the Dockerfiles and the Kubernetes
// manifests are checked by parsing them against the apps' env contract.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { startEnvSchema } from '../lib/env.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

const ENV_CONTRACT = [
  'GATEWAY_PORT',
  'ADMIN_API_PORT',
  'PORTAL_PORT',
  'MOCK_PROVIDER_PORT',
  'DATABASE_URL',
  'REDIS_URL',
  'SINGLE_NODE',
  'ENCRYPTION_KEY',
  'LOG_LEVEL',
  'ADMIN_API_URL',
  'GATEWAY_PUBLIC_URL',
] as const;
const APP_PORTS = {
  gateway: 8080,
  'admin-api': 3001,
  portal: 3000,
  'mock-provider': 9090,
} as const;
const APP_SERVICES = ['migrate', 'mock-provider', 'admin-api', 'worker', 'gateway', 'portal'];

const composeSchema = z.object({
  services: z.record(
    z.string(),
    z.object({
      image: z.string().optional(),
      build: z.object({ context: z.string(), dockerfile: z.string() }).optional(),
      environment: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
      ports: z.array(z.string()).optional(),
      healthcheck: z
        .object({ test: z.array(z.string()).optional(), disable: z.boolean().optional() })
        .optional(),
      depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
    }),
  ),
});
const compose = composeSchema.parse(parse(read('docker-compose.yml'), { merge: true }));
const envExample = new Set(
  read('.env.example')
    .split('\n')
    .map((line) => /^([A-Z0-9_]+)=/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined),
);

describe('docker-compose.yml', () => {
  it('has the whole stack', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      [
        'admin-api',
        'gateway',
        'migrate',
        'mock-provider',
        'portal',
        'postgres',
        'redis',
        'worker',
      ].sort(),
    );
  });

  it('gives every app process the full env contract', () => {
    for (const name of APP_SERVICES) {
      const env = Object.keys(compose.services[name]?.environment ?? {});
      expect(env, name).toEqual(expect.arrayContaining([...ENV_CONTRACT]));
    }
  });

  it('publishes each app on its contract port, the same as its *_PORT env', () => {
    const portEnv = {
      gateway: 'GATEWAY_PORT',
      'admin-api': 'ADMIN_API_PORT',
      portal: 'PORTAL_PORT',
      'mock-provider': 'MOCK_PROVIDER_PORT',
    } as const;
    for (const [name, port] of Object.entries(APP_PORTS)) {
      const service = compose.services[name];
      expect(service?.ports, name).toEqual([`${port}:${port}`]);
      expect(String(service?.environment?.[portEnv[name as keyof typeof portEnv]]), name).toBe(
        String(port),
      );
    }
  });

  it('waits on healthy or completed dependencies that exist', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [target, { condition }] of Object.entries(service.depends_on ?? {})) {
        const dependency = compose.services[target];
        expect(dependency, `${name} -> ${target}`).toBeDefined();
        if (condition === 'service_healthy')
          expect(dependency?.healthcheck?.test, `${target} healthcheck`).toBeDefined();
        else
          expect([name, target, condition]).toEqual([
            name,
            'migrate',
            'service_completed_successfully',
          ]);
      }
    }
    for (const name of ['admin-api', 'gateway', 'worker']) {
      expect(compose.services[name]?.depends_on?.migrate?.condition, name).toBe(
        'service_completed_successfully',
      );
    }
  });

  it('health-checks every long-running service', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (name === 'migrate') continue;
      expect(service.healthcheck?.test?.length, name).toBeGreaterThan(0);
    }
  });

  it('builds every app image from its own multi-stage Dockerfile (no registry pulls of our images)', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (!service.image?.startsWith('gatehouse/')) continue;
      const dockerfile = service.build?.dockerfile ?? '';
      expect(existsSync(join(root, dockerfile)), `${name}: ${dockerfile}`).toBe(true);
      const text = read(dockerfile);
      expect(
        text.match(/^FROM node:20-bookworm-slim/gm)?.length,
        dockerfile,
      ).toBeGreaterThanOrEqual(2);
      expect(text, dockerfile).toContain('npm ci');
      expect(text, dockerfile).toMatch(/nx run @gatehouse\/[a-z-]+:build/);
      expect(text, dockerfile).toContain('npm prune --omit=dev');
    }
  });

  it('documents every ${VAR} it interpolates in .env.example', () => {
    const used = [...read('docker-compose.yml').matchAll(/\$\{([A-Z0-9_]+)/g)].map(
      (match) => match[1],
    );
    for (const name of used) expect(envExample.has(name ?? ''), name).toBe(true);
  });
});

describe('.env.example', () => {
  it('lists the env contract and everything npm start reads', () => {
    for (const name of [...ENV_CONTRACT, ...Object.keys(startEnvSchema.shape)])
      expect(envExample.has(name), name).toBe(true);
  });
});

const manifestSchema = z.object({
  apiVersion: z.string(),
  kind: z.string(),
  metadata: z.object({ name: z.string() }),
});
type Doc = { apiVersion: string; kind: string; metadata: { name: string }; [key: string]: unknown };
const k8sDir = join(root, 'deploy/kubernetes');
const manifestFiles = readdirSync(k8sDir).filter(
  (file) => file.endsWith('.yaml') && file !== 'kustomization.yaml',
);
const docs: Doc[] = manifestFiles.flatMap((file) =>
  parseAllDocuments(readFileSync(join(k8sDir, file), 'utf8')).map((doc) => {
    expect(doc.errors, file).toEqual([]);
    return manifestSchema.passthrough().parse(doc.toJS()) as Doc;
  }),
);
const byKind = (kind: string) => docs.filter((doc) => doc.kind === kind);

const deploymentSchema = z.object({
  metadata: z.object({ name: z.string() }),
  spec: z.object({
    replicas: z.number().int(),
    selector: z.object({ matchLabels: z.record(z.string(), z.string()) }),
    template: z.object({
      metadata: z.object({ labels: z.record(z.string(), z.string()) }),
      spec: z.object({
        containers: z.array(
          z.object({
            image: z.string(),
            ports: z.array(z.object({ name: z.string(), containerPort: z.number() })).optional(),
            envFrom: z.array(
              z.object({
                configMapRef: z.object({ name: z.string() }).optional(),
                secretRef: z.object({ name: z.string() }).optional(),
              }),
            ),
          }),
        ),
      }),
    }),
  }),
});
const deployments = byKind('Deployment').map((doc) => deploymentSchema.parse(doc));

describe('deploy/kubernetes', () => {
  it('is listed whole in kustomization.yaml', () => {
    const kustomization = z
      .object({ resources: z.array(z.string()) })
      .parse(parse(readFileSync(join(k8sDir, 'kustomization.yaml'), 'utf8')));
    expect([...kustomization.resources].sort()).toEqual([...manifestFiles].sort());
  });

  it('has Deployments for gateway (2+ replicas), admin-api, worker and portal', () => {
    const names = deployments.map((deployment) => deployment.metadata.name);
    expect(names).toEqual(expect.arrayContaining(['gateway', 'admin-api', 'worker', 'portal']));
    expect(
      deployments.find((deployment) => deployment.metadata.name === 'gateway')?.spec.replicas,
    ).toBeGreaterThanOrEqual(2);
  });

  it('selects its own pods and reads config from the ConfigMap and Secret that exist', () => {
    const configMaps = new Set(byKind('ConfigMap').map((doc) => doc.metadata.name));
    const secrets = new Set(byKind('Secret').map((doc) => doc.metadata.name));
    for (const deployment of deployments) {
      expect(deployment.spec.template.metadata.labels).toMatchObject(
        deployment.spec.selector.matchLabels,
      );
      for (const container of deployment.spec.template.spec.containers) {
        for (const source of container.envFrom) {
          if (source.configMapRef)
            expect(configMaps.has(source.configMapRef.name), deployment.metadata.name).toBe(true);
          if (source.secretRef)
            expect(secrets.has(source.secretRef.name), deployment.metadata.name).toBe(true);
        }
      }
    }
  });

  it('covers the env contract between the ConfigMap and the Secret', () => {
    const keys = new Set<string>();
    for (const doc of [...byKind('ConfigMap'), ...byKind('Secret')]) {
      const data = z
        .object({
          data: z.record(z.string(), z.string()).optional(),
          stringData: z.record(z.string(), z.string()).optional(),
        })
        .parse(doc);
      for (const key of Object.keys({ ...data.data, ...data.stringData })) keys.add(key);
    }
    for (const name of ENV_CONTRACT) expect(keys.has(name), name).toBe(true);
  });

  it('routes every Service to a Deployment port of the contract', () => {
    const serviceSchema = z.object({
      metadata: z.object({ name: z.string() }),
      spec: z.object({
        selector: z.record(z.string(), z.string()),
        ports: z.array(z.object({ port: z.number(), targetPort: z.string() })),
      }),
    });
    const services = byKind('Service').map((doc) => serviceSchema.parse(doc));
    expect(services.map((service) => service.metadata.name)).toEqual(
      expect.arrayContaining(['gateway', 'admin-api', 'portal']),
    );
    for (const service of services) {
      const target = deployments.find((deployment) =>
        Object.entries(service.spec.selector).every(
          ([key, value]) => deployment.spec.template.metadata.labels[key] === value,
        ),
      );
      expect(target, service.metadata.name).toBeDefined();
      const containerPorts =
        target?.spec.template.spec.containers.flatMap((container) => container.ports ?? []) ?? [];
      for (const port of service.spec.ports) {
        const named = containerPorts.find(
          (containerPort) => containerPort.name === port.targetPort,
        );
        expect(named?.containerPort, service.metadata.name).toBe(port.port);
        expect(APP_PORTS[service.metadata.name as keyof typeof APP_PORTS]).toBe(port.port);
      }
    }
  });
});
