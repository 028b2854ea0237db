package org.appsupervision.notice.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.appsupervision.notice.reference.ProvinceRepository;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/** Registers and updates testing agencies; their credit code is their identity and the claim of their staff. */
@ApplicationScoped
public class AgencyService {

    private static final String LIST = "agencies";

    private final AgencyRepository agencies;
    private final ProvinceRepository provinces;

    public AgencyService(AgencyRepository agencies, ProvinceRepository provinces) {
        this.agencies = agencies;
        this.provinces = provinces;
    }

    @Transactional
    public AgencyView register(AgencyRequest request, String official) {
        if (request.creditCode() == null) {
            throw ProblemException.invalid(List.of(new FieldError("creditCode", "must not be null")));
        }
        if (agencies.findByIdOptional(request.creditCode()).isPresent()) {
            throw ProblemException.conflict("Agency " + request.creditCode() + " is registered already; update it");
        }
        Agency agency = new Agency();
        agency.creditCode = request.creditCode();
        agency.createdBy = official;
        agency.createdAt = Instant.now();
        apply(agency, request);
        agencies.persist(agency);
        return AgencyView.of(agency);
    }

    @Transactional
    public AgencyView update(String creditCode, AgencyRequest request, String official) {
        Agency agency = agencies.findByIdOptional(creditCode)
                .orElseThrow(() -> ProblemException.notFound("Agency", creditCode));
        if (request.creditCode() != null && !request.creditCode().equals(creditCode)) {
            throw ProblemException.invalid(List.of(new FieldError("creditCode", "differs from the agency in the path")));
        }
        apply(agency, request);
        agency.updatedBy = official;
        agency.updatedAt = Instant.now();
        return AgencyView.of(agency);
    }

    private void apply(Agency agency, AgencyRequest request) {
        List<String> served = request.provinces() == null ? List.of() : request.provinces();
        for (int i = 0; i < served.size(); i++) {
            if (provinces.findByIdOptional(served.get(i)).isEmpty()) {
                throw ProblemException.invalid(List.of(new FieldError("provinces[" + i + "]", "names no province")));
            }
        }
        agency.name = request.name().strip();
        agency.provinces = new TreeSet<>(served).toArray(String[]::new);
        agency.active = request.active() == null || request.active();
    }

    @Transactional
    public AgencyView get(String creditCode) {
        return agencies.findByIdOptional(creditCode).map(AgencyView::of)
                .orElseThrow(() -> ProblemException.notFound("Agency", creditCode));
    }

    /** Agencies in credit-code order, optionally only the active (or inactive) ones. */
    @Transactional
    public Page<AgencyView> list(Boolean active, PageRequest page) {
        String query = active == null ? "1 = 1" : "active = :active";
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        if (active != null) {
            params.and("active", active);
        }
        Cursor after = page.after(LIST);
        if (after != null) {
            query += " and " + Keyset.after(false, "creditCode");
            params.and("k0", after.text(0));
        }
        return Page.of(agencies.find(query + " order by creditCode", params).page(0, page.limit() + 1).list(),
                page.limit(), agency -> Cursor.encode(LIST, agency.creditCode), AgencyView::of);
    }
}
