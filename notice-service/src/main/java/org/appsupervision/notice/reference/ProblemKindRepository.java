package org.appsupervision.notice.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class ProblemKindRepository implements PanacheRepositoryBase<ProblemKind, String> {

    /** The codes among {@code codes} that name no active problem kind. */
    public Set<String> unknown(Collection<String> codes) {
        Set<String> unknown = new HashSet<>(codes);
        if (!codes.isEmpty()) {
            List<ProblemKind> known = list("code in ?1 and active = true", Set.copyOf(codes));
            known.forEach(kind -> unknown.remove(kind.code));
        }
        return unknown;
    }
}
