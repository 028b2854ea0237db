package org.appsupervision.penalty.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.events.CaseOpened;
import org.appsupervision.penalty.deadline.DeadlineBook;
import org.appsupervision.penalty.deadline.DeadlineKind;
import org.appsupervision.penalty.proposal.SubjectKind;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.penalty.problem.PenaltyProblemException;
import org.appsupervision.platform.outbox.Outbox;

/**
 * Files (立案) a case: numbers it in its bureau's yearly series, starts the decision clock, announces it. The same
 * facts make one open case per bureau; whether two bureaus act on one link is a question of jurisdiction for the
 * ministry, which reads every case and its links, never something one bureau learns of the other.
 */
@ApplicationScoped
public class CaseOpening {

    private final CaseRepository cases;
    private final CaseNumbers numbers;
    private final CaseAccess access;
    private final DeadlineBook deadlines;
    private final Outbox outbox;

    public CaseOpening(CaseRepository cases, CaseNumbers numbers, CaseAccess access, DeadlineBook deadlines,
            Outbox outbox) {
        this.cases = cases;
        this.numbers = numbers;
        this.access = access;
        this.deadlines = deadlines;
        this.outbox = outbox;
    }

    /** What a case is opened on. */
    public record Subject(SubjectKind kind, String name, String code, String address, String facts, UUID chainId,
            UUID proposalId, List<SubjectLink> links) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PenaltyCase open(Subject subject, Officer officer, LocalDate filedOn) {
        for (SubjectLink link : subject.links()) {
            if (link.refId != null && cases.openCaseLinks(officer.provinceCode(), link.kind, link.refId)) {
                throw new PenaltyProblemException(PenaltyProblem.DUPLICATE_FACTS,
                        link.kind + " " + link.refId + " already belongs to an open case of your bureau");
            }
        }
        PenaltyCase c = new PenaltyCase();
        c.id = UUID.randomUUID();
        c.bureauProvinceCode = officer.provinceCode();
        c.caseNumber = numbers.nextCaseNumber(officer.provinceCode(), filedOn.getYear());
        c.subjectKind = subject.kind();
        c.subjectName = subject.name();
        c.subjectCode = subject.code();
        c.subjectAddress = subject.address();
        c.facts = subject.facts();
        c.chainId = subject.chainId();
        c.proposalId = subject.proposalId();
        c.links.addAll(subject.links());
        c.filedOn = filedOn;
        c.filedBy = officer.name();
        c.filedAt = Instant.now();
        c.stage = CaseStage.FILED;
        cases.persist(c);
        cases.flush();
        access.recordFiling(c, officer.name(), subject.proposalId() == null ? "opened by hand"
                : "filed from proposal " + subject.proposalId());
        deadlines.start(c.id, DeadlineKind.DECISION, filedOn);
        outbox.append(new CaseOpened(c.id, c.chainId, c.caseNumber, c.bureauProvinceCode, c.subjectKind.name(),
                c.subjectName, c.subjectCode, c.proposalId, c.filedAt));
        return c;
    }
}
