package org.appsupervision.appstore.opendata;

/**
 * The outcomes of orders as events {@code e(order_id, at, outcome)} between two instants, read from the times the
 * orders record, with {@code b(zone, lo, hi)} the query's three parameters; shared by the outcomes dataset and its
 * statistics so both count the same.
 */
final class OutcomeEvents {

    static final String WITH = """
            WITH b AS (SELECT ?::text AS zone, ?::timestamptz AS lo, ?::timestamptz AS hi),
            e AS (
                SELECT o.id AS order_id, o.confirmed_at AS at,
                       CASE WHEN o.kind = 'TAKEDOWN' THEN 'CONFIRMED' ELSE 'REINSTATED' END AS outcome
                FROM takedown_order o, b WHERE o.confirmed_at >= b.lo AND o.confirmed_at < b.hi
                UNION ALL
                SELECT o.id, o.overdue_at, 'OVERDUE' FROM takedown_order o, b
                WHERE o.overdue_at >= b.lo AND o.overdue_at < b.hi
                UNION ALL
                SELECT o.id, o.objected_at, 'OBJECTED' FROM takedown_order o, b
                WHERE o.objected_at >= b.lo AND o.objected_at < b.hi
                UNION ALL
                SELECT o.id, o.objection_decided_at, 'OBJECTION_' || o.objection_outcome FROM takedown_order o, b
                WHERE o.objection_decided_at >= b.lo AND o.objection_decided_at < b.hi
                  AND o.objection_outcome IS NOT NULL)
            """;

    private OutcomeEvents() {
    }
}
