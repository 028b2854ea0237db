package org.appsupervision.notice.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.notice.notice.NoticeKind;
import org.appsupervision.notice.notice.ReportingAuthority;
import org.appsupervision.notice.reference.ProblemKindRepository;
import org.appsupervision.notice.reference.ProvinceRepository;
import org.appsupervision.platform.problem.Problem.FieldError;

/**
 * The checks of an archive file that look beyond one line's fields: the terms fit the kind, dates are in the past,
 * problem codes, provinces and authorities exist, an annex per authority, an app once per notice, and batch numbers
 * used once in the file and by no other notice.
 */
@ApplicationScoped
class ArchiveChecks {

    private final EntityManager em;
    private final ProblemKindRepository problemKinds;
    private final ProvinceRepository provinces;

    ArchiveChecks(EntityManager em, ProblemKindRepository problemKinds, ProvinceRepository provinces) {
        this.em = em;
        this.problemKinds = problemKinds;
        this.provinces = provinces;
    }

    /** Adds every fault of the lines to {@code errors}; {@code keep} names lines already imported identically. */
    void check(List<ArchiveFile.Line> lines, LocalDate today, Set<Integer> keep, List<FieldError> errors) {
        Set<String> codes = new HashSet<>();
        lines.stream().filter(ArchiveFile.Line::wellFormed).forEach(l -> l.notice().annexes().forEach(a -> a.items().forEach(i -> codes.addAll(i.problems()))));
        Set<String> unknown = problemKinds.unknown(codes);
        Map<Integer, Integer> cumulativeAt = new HashMap<>();
        Map<String, Integer> yearlyAt = new HashMap<>();
        for (ArchiveFile.Line line : lines.stream().filter(ArchiveFile.Line::wellFormed).toList()) {
            ArchivedNotice n = line.notice();
            int number = line.number();
            terms(n, number, today, errors);
            annexes(n, number, unknown, errors);
            if (n.batch() != null && !keep.contains(number)) {
                Integer earlier = cumulativeAt.putIfAbsent(n.batch().cumulative(), number);
                if (earlier != null) {
                    errors.add(new FieldError(ArchiveFile.at(number, "batch.cumulative"),
                            "总第" + n.batch().cumulative() + "批 is also the number of line " + earlier));
                }
                if (n.batch().yearly() != null) {
                    Integer sameYear = yearlyAt.putIfAbsent(n.batch().year() + "/" + n.batch().yearly(), number);
                    if (sameYear != null) {
                        errors.add(new FieldError(ArchiveFile.at(number, "batch.yearly"), n.batch().year() + "年第"
                                + n.batch().yearly() + "批 is also the number of line " + sameYear));
                    }
                }
                numbersFree(n.batch(), number, errors);
            }
        }
    }

    private static void terms(ArchivedNotice n, int line, LocalDate today, List<FieldError> errors) {
        if (n.publishedOn().isAfter(today)) {
            errors.add(new FieldError(ArchiveFile.at(line, "publishedOn"),
                    "is in the future: the archive holds notices already published"));
        }
        if (n.kind() == NoticeKind.TAKEDOWN) {
            if (n.batch() != null) {
                errors.add(new FieldError(ArchiveFile.at(line, "batch"), "a takedown notice carries no batch number"));
            }
            if (n.deadline() != null) {
                errors.add(new FieldError(ArchiveFile.at(line, "deadline"),
                        "a takedown notice takes effect immediately and has no rectification deadline"));
            }
        } else if (n.deadline() != null && !n.deadline().isAfter(n.publishedOn())) {
            errors.add(new FieldError(ArchiveFile.at(line, "deadline"), "is not after publishedOn"));
        }
        if (n.batch() != null && n.batch().year() != n.publishedOn().getYear()) {
            errors.add(new FieldError(ArchiveFile.at(line, "batch.year"), "is not the year of publishedOn"));
        }
    }

    private void annexes(ArchivedNotice n, int line, Set<String> unknownProblems, List<FieldError> errors) {
        Set<String> authorities = new HashSet<>();
        Set<String> packages = new HashSet<>();
        for (int a = 0; a < n.annexes().size(); a++) {
            ArchivedNotice.Annex annex = n.annexes().get(a);
            String at = "annexes[" + a + "]";
            if (!authorities.add(annex.authority())) {
                errors.add(new FieldError(ArchiveFile.at(line, at + ".authority"), "has an annex already"));
            } else if (!ReportingAuthority.MINISTRY.equals(annex.authority())
                    && provinces.findByIdOptional(annex.authority()).isEmpty()) {
                errors.add(new FieldError(ArchiveFile.at(line, at + ".authority"), "names no province's bureau"));
            }
            for (int i = 0; i < annex.items().size(); i++) {
                ArchivedNotice.Item item = annex.items().get(i);
                String itemAt = at + ".items[" + i + "]";
                for (int p = 0; p < item.problems().size(); p++) {
                    if (unknownProblems.contains(item.problems().get(p))) {
                        errors.add(new FieldError(ArchiveFile.at(line, itemAt + ".problems[" + p + "]"),
                                "unknown problem code '" + item.problems().get(p) + "'"));
                    }
                }
                String code = item.operator().creditCode();
                if (code != null && UnifiedSocialCreditCode.isValid(code)
                        && provinces.findByIdOptional(UnifiedSocialCreditCode.provinceCode(code)).isEmpty()) {
                    errors.add(new FieldError(ArchiveFile.at(line, itemAt + ".operator.creditCode"),
                            "digits 3-4 name no province"));
                }
                if (item.packageName() != null && !packages.add(item.packageName())) {
                    errors.add(new FieldError(ArchiveFile.at(line, itemAt + ".packageName"),
                            "appears more than once in this notice"));
                }
            }
        }
    }

    private void numbersFree(ArchivedNotice.Batch batch, int line, List<FieldError> errors) {
        List<?> cumulative = em.createNativeQuery("SELECT title FROM notice WHERE cumulative_batch = ?1")
                .setParameter(1, batch.cumulative()).getResultList();
        if (!cumulative.isEmpty()) {
            errors.add(new FieldError(ArchiveFile.at(line, "batch.cumulative"), "总第" + batch.cumulative()
                    + "批 is already the number of the notice '" + cumulative.get(0) + "'"));
        }
        if (batch.yearly() != null) {
            List<?> yearly = em.createNativeQuery("SELECT title FROM notice WHERE batch_year = ?1 AND yearly_batch = ?2")
                    .setParameter(1, batch.year()).setParameter(2, batch.yearly()).getResultList();
            if (!yearly.isEmpty()) {
                errors.add(new FieldError(ArchiveFile.at(line, "batch.yearly"), batch.year() + "年第" + batch.yearly()
                        + "批 is already the number of the notice '" + yearly.get(0) + "'"));
            }
        }
    }
}
