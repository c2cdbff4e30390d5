-- Hand-written: what schema.prisma cannot say. Prisma's diff ignores functions and triggers, and
-- describes a partitioned table by its parent, so `migrate diff` between the migrations and
-- schema.prisma stays empty after this migration (packages/db/src/migrate/migrate.int.test.ts checks).
--
-- 1. "UsageEvent" is partitioned by month on "occurredAt" (the primary key is ("occurredAt",
--    "requestId") so that it can be). Postgres cannot partition an existing table, so the table
--    from the previous migration is rebuilt, empty, keeping Prisma's names for its key and indexes.
-- 2. "UsageEvent" (every partition, present and future) and "AuditLog" are append-only: UPDATE,
--    DELETE and TRUNCATE raise an exception. Retention drops whole old partitions instead.

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "UsageEvent") THEN
    RAISE EXCEPTION 'refusing to rebuild "UsageEvent": it already holds rows';
  END IF;
END $$;

CREATE TABLE "UsageEvent_partitioned" (
  LIKE "UsageEvent" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS
) PARTITION BY RANGE ("occurredAt");
DROP TABLE "UsageEvent";
ALTER TABLE "UsageEvent_partitioned" RENAME TO "UsageEvent";

ALTER TABLE "UsageEvent" ADD CONSTRAINT "UsageEvent_pkey" PRIMARY KEY ("occurredAt", "requestId");
CREATE INDEX "UsageEvent_orgId_occurredAt_idx" ON "UsageEvent"("orgId", "occurredAt");
CREATE INDEX "UsageEvent_teamId_occurredAt_idx" ON "UsageEvent"("teamId", "occurredAt");
CREATE INDEX "UsageEvent_applicationId_occurredAt_idx" ON "UsageEvent"("applicationId", "occurredAt");
CREATE INDEX "UsageEvent_modelId_occurredAt_idx" ON "UsageEvent"("modelId", "occurredAt");
CREATE INDEX "UsageEvent_requestId_idx" ON "UsageEvent"("requestId");

-- Append-only. Row triggers on a partitioned table are cloned onto every partition, including
-- ones attached later; TRUNCATE triggers are statement-level and are not, so every partition gets
-- its own (gatehouse_ensure_usage_partitions adds it).
CREATE FUNCTION gatehouse_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table "%" is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER gatehouse_append_only BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION gatehouse_reject_change();
CREATE TRIGGER gatehouse_append_only_truncate BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_reject_change();
CREATE TRIGGER gatehouse_append_only BEFORE UPDATE OR DELETE ON "UsageEvent"
  FOR EACH ROW EXECUTE FUNCTION gatehouse_reject_change();
CREATE TRIGGER gatehouse_append_only_truncate BEFORE TRUNCATE ON "UsageEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_reject_change();

-- Rows outside every monthly partition land here rather than failing the insert.
CREATE TABLE "UsageEvent_default" PARTITION OF "UsageEvent" DEFAULT;
CREATE TRIGGER gatehouse_append_only_truncate BEFORE TRUNCATE ON "UsageEvent_default"
  FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_reject_change();

-- Creates the missing monthly partitions "UsageEvent_YYYY_MM" for `months` months starting with the
-- month of `from_month`; bounds are UTC month starts. Returns how many it created. A month whose
-- rows already sit in the DEFAULT partition is skipped with a WARNING (attaching it would need
-- those rows moved, which append-only forbids): create partitions ahead of time. Idempotent and
-- safe to run concurrently.
CREATE FUNCTION gatehouse_ensure_usage_partitions(from_month date, months integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  first_month date := date_trunc('month', from_month)::date;
  month_start date;
  lower_bound timestamptz;
  upper_bound timestamptz;
  partition_name text;
  created integer := 0;
BEGIN
  IF months IS NULL OR months < 0 THEN
    RAISE EXCEPTION 'months must be zero or more (got %)', months;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('gatehouse_ensure_usage_partitions'));
  FOR i IN 0 .. months - 1 LOOP
    month_start := (first_month + make_interval(months => i))::date;
    lower_bound := month_start::timestamp AT TIME ZONE 'UTC';
    upper_bound := (month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC';
    partition_name := 'UsageEvent_' || to_char(month_start, 'YYYY_MM');
    CONTINUE WHEN to_regclass(quote_ident(partition_name)) IS NOT NULL;
    IF EXISTS (SELECT 1 FROM "UsageEvent_default" WHERE "occurredAt" >= lower_bound AND "occurredAt" < upper_bound) THEN
      RAISE WARNING 'not creating %: the DEFAULT partition already holds rows for that month', partition_name;
      CONTINUE;
    END IF;
    EXECUTE format('CREATE TABLE %I PARTITION OF "UsageEvent" FOR VALUES FROM (%L) TO (%L)',
      partition_name, lower_bound, upper_bound);
    EXECUTE format('CREATE TRIGGER gatehouse_append_only_truncate BEFORE TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION gatehouse_reject_change()', partition_name);
    created := created + 1;
  END LOOP;
  RETURN created;
END $$;

-- From three months back to twelve months ahead of the day this migration runs.
SELECT gatehouse_ensure_usage_partitions((date_trunc('month', now() AT TIME ZONE 'UTC') - interval '3 months')::date, 16);
