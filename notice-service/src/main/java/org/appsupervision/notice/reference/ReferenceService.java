package org.appsupervision.notice.reference;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.appsupervision.notice.reference.ReferenceResource.ProblemKindView;
import org.appsupervision.notice.reference.ReferenceResource.ProvinceView;

/** Reads the problem taxonomy and the provinces. */
@ApplicationScoped
public class ReferenceService {

    private final ProblemKindRepository problemKinds;
    private final ProvinceRepository provinces;

    public ReferenceService(ProblemKindRepository problemKinds, ProvinceRepository provinces) {
        this.problemKinds = problemKinds;
        this.provinces = provinces;
    }

    public List<ProblemKindView> problemKinds() {
        return problemKinds.list("active = true", Sort.by("aspectCode").and("code")).stream()
                .map(k -> new ProblemKindView(k.code, k.aspectCode, k.labelZh, k.labelEn, k.introducedBy))
                .toList();
    }

    public List<ProvinceView> provinces() {
        return provinces.listAll(Sort.by("code")).stream()
                .map(p -> new ProvinceView(p.code, p.nameZh, p.nameEn, p.bureauZh))
                .toList();
    }
}
