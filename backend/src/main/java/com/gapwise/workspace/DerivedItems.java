package com.gapwise.workspace;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The derived gaps, requirements, initiatives and placements of each workspace, one row each so
 * that lists page and filter in SQL. Plain JDBC: rows are replaced wholesale on every derivation,
 * which a batch insert does far faster than entity persistence.
 */
@Repository
class DerivedItems {

    /** One derived item; {@code body} is the engine's JSON of it. */
    record Row(Subject subject, String key, int position, Long processId, String type, String status, String body) {
    }

    /** Narrows a list; null fields do not filter. */
    record Filter(Long processId, String type, String status) {
    }

    private final JdbcTemplate jdbc;

    DerivedItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long workspaceId, List<Row> rows) {
        jdbc.update("DELETE FROM derived_item WHERE workspace_id = ?", workspaceId);
        jdbc.batchUpdate("""
                INSERT INTO derived_item (workspace_id, subject, item_key, position, process_id, item_type, status, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows, 500, (ps, r) -> {
            ps.setLong(1, workspaceId);
            ps.setString(2, r.subject().word());
            ps.setString(3, r.key());
            ps.setInt(4, r.position());
            ps.setObject(5, r.processId(), java.sql.Types.BIGINT);
            ps.setString(6, r.type());
            ps.setString(7, r.status());
            ps.setString(8, r.body());
        });
    }

    long count(long workspaceId, Subject subject, Filter f) {
        Where w = where(workspaceId, subject, f);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM derived_item" + w.sql, Long.class, w.args.toArray());
        return n == null ? 0 : n;
    }

    List<String> page(long workspaceId, Subject subject, Filter f, int page, int size) {
        Where w = where(workspaceId, subject, f);
        w.args.add(size);
        w.args.add((long) page * size);
        return jdbc.queryForList("SELECT body FROM derived_item" + w.sql + " ORDER BY position LIMIT ? OFFSET ?",
                String.class, w.args.toArray());
    }

    /** Every derived item's place (without its body), in derivation order: the export's key index. */
    List<Row> index(long workspaceId) {
        return jdbc.query("SELECT subject, item_key, position, process_id FROM derived_item WHERE workspace_id = ? "
                + "ORDER BY position", (rs, i) -> new Row(Subject.parse(rs.getString(1)).orElseThrow(), rs.getString(2),
                rs.getInt(3), rs.getObject(4) == null ? null : rs.getLong(4), null, null, ""), workspaceId);
    }

    Optional<String> body(long workspaceId, Subject subject, String key) {
        return jdbc.queryForList("SELECT body FROM derived_item WHERE workspace_id = ? AND subject = ? AND item_key = ?",
                String.class, workspaceId, subject.word(), key).stream().findFirst();
    }

    /** The revision of the workspace's last derivation, 0 before the first; reads only that column. */
    long revision(long workspaceId) {
        return jdbc.queryForList("SELECT revision FROM strategy_snapshot WHERE workspace_id = ?", Long.class, workspaceId)
                .stream().findFirst().orElse(0L);
    }

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(long workspaceId, Subject subject, Filter f) {
        StringBuilder sql = new StringBuilder(" WHERE workspace_id = ? AND subject = ?");
        List<Object> args = new java.util.ArrayList<>(List.of(workspaceId, subject.word()));
        if (f.processId() != null) {
            sql.append(" AND process_id = ?");
            args.add(f.processId());
        }
        if (f.type() != null) {
            sql.append(" AND item_type = ?");
            args.add(f.type());
        }
        if (f.status() != null) {
            sql.append(" AND status = ?");
            args.add(f.status());
        }
        return new Where(sql.toString(), args);
    }
}
