-- Receipts: append-only, partitioned by month on the decision date. The primary key starts with
-- site_id so the table can be distributed by site with Citus (docs: every unique constraint must
-- hold the distribution column), and holds decided_at because a partitioned table's unique keys
-- must contain the partition key. No sequences, no foreign keys, no triggers: rows are never updated.
CREATE TABLE receipt (
  site_id      text        NOT NULL,
  decided_at   timestamptz NOT NULL,
  consent_id   text        NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  revision     text        NOT NULL,
  method       text        NOT NULL,
  texts_hash   text,
  language     text        NOT NULL,
  categories   jsonb       NOT NULL,
  -- The receipt exactly as received (compact JSON, the sender's key order): what export returns
  -- and what the daily digest hashes. `json`, not `jsonb`, keeps the text byte for byte.
  body         json        NOT NULL,
  PRIMARY KEY (site_id, decided_at, consent_id)
) PARTITION BY RANGE (decided_at);

-- The auditor's lookup: every receipt of one consent id, whatever its date.
CREATE INDEX receipt_consent ON receipt (site_id, consent_id);
-- The daily digest reads one site's receipts by the day they reached the collector.
CREATE INDEX receipt_received ON receipt (site_id, received_at);

-- The texts a textsHash stands for, checked by the collector (sha256 of the text = the hash).
CREATE TABLE text_version (
  site_id     text        NOT NULL,
  texts_hash  text        NOT NULL,
  texts       json        NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, texts_hash)
);

-- One digest per site and closed day (UTC, by received_at), chained to the previous day's.
CREATE TABLE daily_digest (
  site_id     text        NOT NULL,
  day         date        NOT NULL,
  receipts    integer     NOT NULL,
  digest      text        NOT NULL,
  previous    text        NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  -- Set when retention purged the day's receipts: verify then trusts the stored digest.
  purged_at   timestamptz,
  PRIMARY KEY (site_id, day)
);
