package org.appsupervision.notice.batch;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.reference.Province;
import org.appsupervision.notice.reference.ProvinceRepository;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.security.BureauScope;

/** Records detection batches; a bureau officer records only their own province's batches. */
@ApplicationScoped
public class BatchService {

    private static final String LIST = "batches";

    private final DetectionBatchRepository batches;
    private final ProvinceRepository provinces;
    private final Clock clock = Clock.systemUTC();

    public BatchService(DetectionBatchRepository batches, ProvinceRepository provinces) {
        this.batches = batches;
        this.provinces = provinces;
    }

    @Transactional
    public BatchView record(BatchView.BatchRequest request, BureauScope scope, String user) {
        String province = request.provinceCode();
        if (!scope.isMinistry()) {
            if (request.runBy() != DetectionBatch.RunBy.BUREAU || (province != null && !province.equals(scope.provinceCode()))) {
                throw new ForbiddenException("A bureau officer records batches of their own province only");
            }
            province = scope.provinceCode();
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.runBy() == DetectionBatch.RunBy.MINISTRY && province != null) {
            errors.add(new FieldError("provinceCode", "a ministry batch names no province"));
        }
        if (request.runBy() == DetectionBatch.RunBy.BUREAU
                && (province == null || provinces.findByIdOptional(province).isEmpty())) {
            errors.add(new FieldError("provinceCode", "a bureau batch names one of the 31 provinces"));
        }
        if (request.runTo().isBefore(request.runFrom())) {
            errors.add(new FieldError("runTo", "is before runFrom"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        DetectionBatch batch = new DetectionBatch();
        batch.id = UUID.randomUUID();
        batch.title = request.title().strip();
        batch.runBy = request.runBy();
        batch.provinceCode = province;
        batch.runFrom = request.runFrom();
        batch.runTo = request.runTo();
        batch.appsTested = request.appsTested();
        batch.recordedBy = user;
        batch.recordedAt = Instant.now(clock);
        batches.persist(batch);
        return view(batch, 0);
    }

    @Transactional
    public BatchView get(UUID id, BureauScope scope) {
        DetectionBatch batch = batches.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Batch", id));
        if (!scope.mayRead(batch.provinceCode)) {
            throw new ForbiddenException("A bureau officer reads the ministry's and their own province's batches only");
        }
        return view(batch, batch.findingCount);
    }

    /** Batches, newest first; a bureau officer sees the ministry's and their own province's. */
    @Transactional
    public Page<BatchView> list(String provinceCode, PageRequest page, BureauScope scope) {
        if (provinceCode != null && !scope.mayRead(provinceCode)) {
            throw new ForbiddenException("A bureau officer reads the ministry's and their own province's batches only");
        }
        String query = provinceCode != null ? "provinceCode = :province"
                : scope.isMinistry() ? "1 = 1" : "(provinceCode is null or provinceCode = :province)";
        Parameters params = new Parameters();
        if (provinceCode != null || !scope.isMinistry()) {
            params.and("province", provinceCode != null ? provinceCode : scope.readerProvince());
        }
        Cursor after = page.after(LIST);
        if (after != null) {
            query += " and " + Keyset.after(true, "runTo", "recordedAt", "id");
            params.and("k0", after.date(0)).and("k1", after.instant(1)).and("k2", after.uuid(2));
        }
        query += " order by " + Keyset.order(true, "runTo", "recordedAt", "id");
        return Page.of(batches.find(query, params).page(0, page.limit() + 1).list(), page.limit(),
                batch -> Cursor.encode(LIST, batch.runTo, batch.recordedAt, batch.id),
                batch -> view(batch, batch.findingCount));
    }


    private BatchView view(DetectionBatch batch, long findings) {
        String bureau = batch.provinceCode == null ? "工业和信息化部"
                : provinces.findByIdOptional(batch.provinceCode).map(p -> ((Province) p).bureauZh).orElse(null);
        return new BatchView(batch.id, batch.title, batch.runBy, batch.provinceCode, bureau, batch.runFrom,
                batch.runTo, batch.appsTested, findings, batch.recordedBy, batch.recordedAt, batch.kind);
    }
}
