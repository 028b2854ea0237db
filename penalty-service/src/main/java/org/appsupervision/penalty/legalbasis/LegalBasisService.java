package org.appsupervision.penalty.legalbasis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the legal bases penalties may rest on. */
@ApplicationScoped
public class LegalBasisService {

    private final LegalBasisRepository bases;

    public LegalBasisService(LegalBasisRepository bases) {
        this.bases = bases;
    }

    @Transactional
    public List<LegalBasisView> list() {
        return bases.all().stream().map(LegalBasisView::of).toList();
    }
}
