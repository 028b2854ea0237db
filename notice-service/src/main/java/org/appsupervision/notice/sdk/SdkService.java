package org.appsupervision.notice.sdk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.appsupervision.notice.reference.ProvinceRepository;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/** Registers, replaces and reads the SDKs of the registry; refuses prefixes that overlap another SDK's. */
@ApplicationScoped
public class SdkService {

    private static final String LIST = "sdks";

    private final SdkRepository sdks;
    private final ProvinceRepository provinces;
    private final SdkEmbeddings embeddings;
    private final EntityManager em;

    public SdkService(SdkRepository sdks, ProvinceRepository provinces, SdkEmbeddings embeddings, EntityManager em) {
        this.sdks = sdks;
        this.provinces = provinces;
        this.embeddings = embeddings;
        this.em = em;
    }

    @Transactional
    public SdkView register(SdkRequest request, String official) {
        List<FieldError> errors = new ArrayList<>();
        if (request.code() == null) {
            errors.add(new FieldError("code", "must not be null"));
        }
        if (request.active() != null) {
            errors.add(new FieldError("active", "a new SDK is active; deactivate it by replacing it (PUT)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        lockPrefixes();
        if (sdks.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("SDK " + request.code() + " is registered already; replace it (PUT)");
        }
        Sdk sdk = new Sdk();
        sdk.code = request.code();
        sdk.createdBy = official;
        sdk.createdAt = Instant.now();
        sdk.active = true;
        apply(sdk, request);
        sdks.persist(sdk);
        return SdkView.of(sdk, 0);
    }

    @Transactional
    public SdkView replace(String code, SdkRequest request, String official) {
        if (request.code() != null && !request.code().equals(code)) {
            throw ProblemException.invalid(List.of(new FieldError("code", "differs from the SDK in the path")));
        }
        lockPrefixes();
        Sdk sdk = find(code);
        apply(sdk, request);
        sdk.active = request.active() == null || request.active();
        sdk.updatedBy = official;
        sdk.updatedAt = Instant.now();
        return SdkView.of(sdk, embeddings.appCounts(List.of(code)).getOrDefault(code, 0L));
    }

    /** Adds a version (answering the SDK unchanged when it is known already). */
    @Transactional
    public SdkView addVersion(String code, String version, String official) {
        Sdk sdk = find(code);
        if (sdk.versions.add(version)) {
            sdk.updatedBy = official;
            sdk.updatedAt = Instant.now();
        }
        return SdkView.of(sdk, embeddings.appCounts(List.of(code)).getOrDefault(code, 0L));
    }

    @Transactional
    public SdkView get(String code) {
        return SdkView.of(find(code), embeddings.appCounts(List.of(code)).getOrDefault(code, 0L));
    }

    /** SDKs in code order; {@code q} matches the code, the names, the provider or a package prefix. */
    @Transactional
    public Page<SdkView> list(String q, PageRequest page) {
        String query = "1 = 1";
        Map<String, Object> params = new java.util.HashMap<>();
        if (q != null && !q.isBlank()) {
            query = "(lower(sdk.code) like :q escape '!' or lower(sdk.nameZh) like :q escape '!'"
                    + " or lower(sdk.nameEn) like :q escape '!' or lower(sdk.providerName) like :q escape '!'"
                    + " or exists (select 1 from Sdk s join s.packagePrefixes p where s = sdk"
                    + " and lower(p) like :q escape '!'))";
            params.put("q", "%" + q.strip().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_")
                    + "%");
        }
        Cursor after = page.after(LIST);
        if (after != null) {
            query += " and " + Keyset.after(false, "sdk.code");
            params.put("k0", after.text(0));
        }
        jakarta.persistence.TypedQuery<Sdk> select = em.createQuery("select sdk from Sdk sdk where " + query
                + " order by sdk.code", Sdk.class).setMaxResults(page.limit() + 1);
        params.forEach(select::setParameter);
        List<Sdk> rows = select.getResultList();
        Map<String, Long> counts = embeddings.appCounts(rows.stream().map(s -> s.code).toList());
        return Page.of(rows, page.limit(), sdk -> Cursor.encode(LIST, sdk.code),
                sdk -> SdkView.of(sdk, counts.getOrDefault(sdk.code, 0L)));
    }

    Sdk find(String code) {
        return sdks.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("SDK", code));
    }

    /**
     * Serialises the writers of prefixes (and signatures, written in the same transactions): SHARE ROW EXCLUSIVE conflicts with itself and with row writes but not with
     * reads, so two registrations cannot both pass the overlap check on prefixes the other has not committed yet.
     */
    private void lockPrefixes() {
        em.createNativeQuery("LOCK TABLE sdk_package_prefix IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
    }

    private void apply(Sdk sdk, SdkRequest request) {
        String creditCode = request.providerCreditCode().strip();
        String province = creditCode.substring(2, 4);
        List<FieldError> errors = new ArrayList<>();
        if (request.providerProvinceCode() != null && !request.providerProvinceCode().equals(province)) {
            errors.add(new FieldError("providerProvinceCode", "differs from digits 3-4 of providerCreditCode ("
                    + province + ")"));
        } else if (provinces.findByIdOptional(province).isEmpty()) {
            errors.add(new FieldError("providerCreditCode", "digits 3-4 (" + province + ") name no province"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        TreeSet<String> prefixes = new TreeSet<>(request.packagePrefixes());
        Map<String, String> others = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT prefix, sdk_code FROM sdk_package_prefix WHERE sdk_code <> ?1")
                .setParameter(1, sdk.code).getResultList();
        rows.forEach(row -> others.put((String) row[0], (String) row[1]));
        PrefixOverlap.find(prefixes, others).ifPresent(clash -> {
            throw new ProblemException(SdkProblem.PREFIX_OVERLAP, "Prefix " + clash.prefix() + " of SDK " + sdk.code
                    + " overlaps prefix " + clash.otherPrefix() + " of SDK " + clash.otherSdk(),
                    List.of(new FieldError("packagePrefixes", "overlaps " + clash.otherPrefix() + " of SDK "
                            + clash.otherSdk())));
        });
        TreeSet<String> signatures = new TreeSet<>(request.signatures() == null ? List.of() : request.signatures());
        if (!signatures.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> taken = em.createNativeQuery("SELECT sha256, sdk_code FROM sdk_signature "
                    + "WHERE sdk_code <> ?1 AND sha256 IN (?2)").setParameter(1, sdk.code)
                    .setParameter(2, signatures).getResultList();
            if (!taken.isEmpty()) {
                throw ProblemException.conflict("Signature " + taken.get(0)[0] + " belongs to SDK " + taken.get(0)[1]
                        + "; a signature identifies one SDK");
            }
        }
        sdk.nameZh = request.nameZh().strip();
        sdk.nameEn = request.nameEn().strip();
        sdk.providerName = request.providerName().strip();
        sdk.providerCreditCode = creditCode;
        sdk.providerProvinceCode = province;
        replace(sdk.packagePrefixes, prefixes);
        replace(sdk.signatures, signatures);
        TreeSet<String> versions = new TreeSet<>(request.versions() == null ? List.of() : request.versions());
        // Versions are kept: findings and embeddings may name one the request leaves out.
        versions.addAll(embeddings.versionsInUse(sdk.code));
        replace(sdk.versions, versions);
    }

    private static void replace(java.util.Set<String> kept, java.util.Set<String> wanted) {
        kept.retainAll(wanted);
        kept.addAll(wanted);
    }
}
