package org.appsupervision.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Hides, from readers who are not admins, the columns of audited rows that only admins may see (for example a
 * store's webhook URL): their values read {@value #MASK}. The stored record and its hash are untouched.
 */
@ApplicationScoped
public class AuditMask {

    static final String MASK = "[admins only]";

    private final List<String> columns;
    private final ObjectMapper mapper;

    public AuditMask(AuditTrailConfig config, ObjectMapper mapper) {
        this.columns = config.adminOnlyColumns().orElse(List.of());
        this.mapper = mapper;
    }

    /** The page as a reader who is not an admin may see it. */
    public AuditTrail.Page forNonAdmin(AuditTrail.Page page) {
        if (columns.isEmpty()) {
            return page;
        }
        return new AuditTrail.Page(page.entries().stream().map(this::masked).toList(), page.next());
    }

    private AuditEntry masked(AuditEntry e) {
        return new AuditEntry(e.seq(), e.recordedAt(), e.txId(), e.actor(), e.table(), e.operation(), e.rowKey(),
                masked(e.before()), masked(e.after()), e.chainSeq(), e.prevHash(), e.hash());
    }

    private String masked(String row) {
        if (row == null) {
            return null;
        }
        try {
            if (!(mapper.readTree(row) instanceof ObjectNode node)) {
                return row;
            }
            boolean changed = false;
            for (String column : columns) {
                if (node.hasNonNull(column)) {
                    node.put(column, MASK);
                    changed = true;
                }
            }
            return changed ? mapper.writeValueAsString(node) : row;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audited row is not JSON", e);
        }
    }
}
