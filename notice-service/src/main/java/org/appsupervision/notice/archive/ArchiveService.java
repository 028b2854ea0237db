package org.appsupervision.notice.archive;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.appsupervision.notice.notice.BatchNumbering;
import org.appsupervision.notice.notice.Notice;
import org.appsupervision.notice.notice.NoticeRepository;
import org.appsupervision.platform.input.StrictTextModule;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;

/**
 * Imports an archive file of historical notices: checked whole (one bad line refuses the file and nothing is written),
 * then every new notice written as a published, imported record that orders nothing, and the batch counters moved on
 * to its numbers. A notice imported before with the same content is reported and left as it is; with other content
 * under the same kind, title and date it is refused.
 */
@ApplicationScoped
public class ArchiveService {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final NoticeRepository notices;
    private final ArchiveChecks checks;
    private final BatchNumbering numbering;
    private final Validator validator;
    private final ObjectReader json;

    public ArchiveService(NoticeRepository notices, ArchiveChecks checks, BatchNumbering numbering,
            Validator validator, ObjectMapper mapper) {
        this.notices = notices;
        this.checks = checks;
        this.numbering = numbering;
        this.validator = validator;
        this.json = strict(mapper).readerFor(ArchivedNotice.class);
    }

    @Transactional
    public ArchiveReport importFile(byte[] file, String admin) {
        List<FieldError> errors = new ArrayList<>();
        List<ArchiveFile.Line> lines = ArchiveFile.read(file, json, validator, errors);
        if (lines.isEmpty() && errors.isEmpty()) {
            throw ProblemException.invalid(List.of(new FieldError("file", "holds no notice (one JSON object per line)")));
        }
        Instant now = Instant.now();
        List<ArchivedNotices.Built> built = new ArrayList<>();
        Set<Integer> unchanged = new HashSet<>();
        java.util.Map<String, Integer> keys = new java.util.HashMap<>();
        for (ArchiveFile.Line line : lines.stream().filter(ArchiveFile.Line::wellFormed).toList()) {
            ArchivedNotices.Built notice = ArchivedNotices.build(line, admin, now);
            Integer twin = keys.putIfAbsent(notice.notice().archiveKey, line.number());
            if (twin != null) {
                errors.add(new FieldError(ArchiveFile.at(line.number(), null), "is the notice of line " + twin
                        + " again (same kind, title and publication date)"));
                continue;
            }
            Optional<Notice> earlier = notices.find("archiveKey", notice.notice().archiveKey).firstResultOptional();
            if (earlier.isPresent() && earlier.get().contentHash.equals(notice.notice().contentHash)) {
                unchanged.add(line.number());
                built.add(new ArchivedNotices.Built(line.number(), earlier.get(), false));
            } else if (earlier.isPresent()) {
                errors.add(new FieldError(ArchiveFile.at(line.number(), null), "a different notice of this kind, title "
                        + "and publication date was imported on " + earlier.get().importedAt.atZone(BEIJING).toLocalDate()
                        + " (notice " + earlier.get().id + "); a published notice never changes"));
            } else {
                built.add(notice);
            }
        }
        checks.check(lines, LocalDate.now(BEIJING), unchanged, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemTypes.VALIDATION, "The archive file has " + errors.size()
                    + " fault(s); nothing was imported", errors);
        }
        List<ArchiveReport.Entry> entries = new ArrayList<>();
        for (ArchivedNotices.Built b : built) {
            Notice notice = b.notice();
            if (b.isNew()) {
                notices.persist(notice);
                numbering.advanceTo(notice.batchYear, notice.yearlyBatch, notice.cumulativeBatch);
            }
            entries.add(new ArchiveReport.Entry(b.line(), notice.id, notice.kind, notice.title,
                    b.isNew() ? ArchiveReport.Outcome.IMPORTED : ArchiveReport.Outcome.ALREADY_IMPORTED,
                    notice.items.size()));
        }
        notices.flush();
        return ArchiveReport.of(entries);
    }

    /** Strict like the REST bodies: no unknown or repeated field, no coercion of types, text checked. */
    private static ObjectMapper strict(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy().registerModule(new StrictTextModule())
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return strict;
    }
}
