import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './start-embedded-postgres.js';

describe('startEmbeddedPostgres (in memory)', () => {
  let server: EmbeddedPostgres;

  beforeAll(async () => {
    server = await startEmbeddedPostgres({ maxConnections: 3 });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('answers SQL over the wire protocol on the URL it reports', async () => {
    expect(server.url).toBe(`postgres://postgres:postgres@127.0.0.1:${server.port}/postgres`);
    const pool = new pg.Pool({ connectionString: server.url, max: 2 });
    try {
      await pool.query('create table t (id int primary key, name text)');
      await pool.query("insert into t values (1, 'a'), (2, 'b')");
      const { rows } = await pool.query<{ n: string }>('select count(*)::text as n from t');
      expect(rows[0]?.n).toBe('2');
    } finally {
      await pool.end();
    }
  });

  it('serves transactions from two pooled connections without mixing them', async () => {
    const pool = new pg.Pool({ connectionString: server.url, max: 2 });
    try {
      await pool.query('create table tx (v int)');
      const a = await pool.connect();
      const b = await pool.connect();
      await a.query('begin');
      await a.query('insert into tx values (1)');
      await a.query('rollback');
      await b.query('insert into tx values (2)');
      a.release();
      b.release();
      const { rows } = await pool.query<{ v: number }>('select v from tx order by v');
      expect(rows.map((row) => row.v)).toEqual([2]);
    } finally {
      await pool.end();
    }
  });
});
