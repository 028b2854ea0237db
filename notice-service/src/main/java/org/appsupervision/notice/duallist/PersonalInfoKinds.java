package org.appsupervision.notice.duallist;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The vocabulary of personal-information kinds that dual lists and observed data flows share (reference data). */
@ApplicationScoped
public class PersonalInfoKinds {

    /** A kind as the API shows it. */
    public record Kind(String code, String labelZh, String labelEn) {
    }

    private final DualListStore store;

    public PersonalInfoKinds(DualListStore store) {
        this.store = store;
    }

    public List<Kind> all() {
        return store.sql(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT code, label_zh, label_en FROM personal_info_kind ORDER BY position");
                    ResultSet r = s.executeQuery()) {
                List<Kind> kinds = new ArrayList<>();
                while (r.next()) {
                    kinds.add(new Kind(r.getString(1), r.getString(2), r.getString(3)));
                }
                return kinds;
            }
        });
    }

    public Set<String> codes() {
        return all().stream().map(Kind::code).collect(Collectors.toUnmodifiableSet());
    }
}
