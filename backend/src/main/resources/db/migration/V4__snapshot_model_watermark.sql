-- The newest model version a derivation saw. Uploads commit before their (coalesced) derivation runs;
-- a workspace whose newest model version is above this mark was cut off in between (e.g. a crash)
-- and is re-derived at the next start.
ALTER TABLE strategy_snapshot ADD COLUMN last_model_version BIGINT NOT NULL DEFAULT 0;
