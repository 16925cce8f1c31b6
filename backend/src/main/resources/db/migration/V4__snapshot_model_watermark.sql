-- How many model versions a derivation saw. Uploads commit before their (coalesced) derivation runs;
-- a workspace holding more model versions than this was cut off in between (e.g. a crash) and is
-- re-derived at the next start.
ALTER TABLE strategy_snapshot ADD COLUMN model_versions_seen BIGINT NOT NULL DEFAULT 0;
