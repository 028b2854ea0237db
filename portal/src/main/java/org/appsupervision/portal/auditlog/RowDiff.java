package org.appsupervision.portal.auditlog;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The difference between a row before and after a change, field by field, changed fields first. */
final class RowDiff {

    private RowDiff() {
    }

    /** Both rows are JSON objects or null (an insert has no before, a delete no after). */
    static List<AuditViews.FieldChange> of(Object before, Object after) {
        JsonObject from = asObject(before);
        JsonObject to = asObject(after);
        Set<String> fields = new LinkedHashSet<>();
        fields.addAll(from.fieldNames());
        fields.addAll(to.fieldNames());
        List<AuditViews.FieldChange> changed = new ArrayList<>();
        List<AuditViews.FieldChange> same = new ArrayList<>();
        for (String field : fields) {
            Object a = from.getValue(field);
            Object b = to.getValue(field);
            boolean differs = before == null || after == null || !Objects.equals(a, b);
            (differs ? changed : same).add(new AuditViews.FieldChange(field, text(before == null ? null : a),
                    text(after == null ? null : b), differs));
        }
        changed.addAll(same);
        return changed;
    }

    private static JsonObject asObject(Object row) {
        if (row instanceof JsonObject json) {
            return json;
        }
        if (row instanceof String text && text.startsWith("{")) {
            return new JsonObject(text);
        }
        return new JsonObject();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
