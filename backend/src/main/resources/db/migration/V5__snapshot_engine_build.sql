-- Which build of the engine made a derivation: a workspace another build derived (before an upgrade) is derived
-- again at the next start, keeping every analyst decision as any re-derivation does. Null: before this column.
ALTER TABLE strategy_snapshot ADD COLUMN engine_build VARCHAR(100);
