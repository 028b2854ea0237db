package org.appsupervision.gateway.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import io.quarkus.panache.common.Parameters;
import org.appsupervision.gateway.account.Account;
import org.appsupervision.gateway.account.AccountRepository;
import org.appsupervision.gateway.audit.AuditAction;
import org.appsupervision.gateway.audit.AuditLog;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
import org.appsupervision.platform.security.Roles;

/**
 * The review of registrations by the bureau of the credit code's province or the ministry: the queue, a
 * registration and its letter, and the decision. Verifying makes the operator account; a registration out of the
 * reviewer's scope does not exist for them (404).
 */
@ApplicationScoped
public class RegistrationReview {

    static final String LIST = "registrations";

    /** The letter of a registration with its media type. */
    public record Letter(String mediaType, String fileName, byte[] content) {
    }

    private final RegistrationRepository registrations;
    private final RegistrationLetterRepository letters;
    private final AccountRepository accounts;
    private final AuditLog audit;

    public RegistrationReview(RegistrationRepository registrations, RegistrationLetterRepository letters,
            AccountRepository accounts, AuditLog audit) {
        this.registrations = registrations;
        this.letters = letters;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The reviewer's registrations, newest first, optionally of one status. */
    @Transactional
    public Page<RegistrationView> list(Reviewer reviewer, String status, PageRequest page) {
        Parameters parameters = new Parameters();
        StringBuilder query = new StringBuilder("1 = 1");
        if (reviewer.province() != null) {
            query.append(" and provinceCode = :province");
            parameters.and("province", reviewer.province());
        }
        if (status != null && !status.isEmpty()) {
            query.append(" and status = :status");
            parameters.and("status", status(status));
        }
        Cursor after = page.after(LIST);
        if (after != null) {
            query.append(" and ").append(Keyset.after(true, "submittedAt", "id"));
            parameters.and("k0", after.instant(0)).and("k1", after.uuid(1));
        }
        query.append(" order by ").append(Keyset.order(true, "submittedAt", "id"));
        return Page.of(registrations.find(query.toString(), parameters).page(0, page.limit() + 1).list(), page.limit(),
                r -> Cursor.encode(LIST, r.submittedAt, r.id), RegistrationView::of);
    }

    @Transactional
    public RegistrationView get(Reviewer reviewer, UUID id) {
        return RegistrationView.of(find(reviewer, id, false));
    }

    @Transactional
    public Letter letter(Reviewer reviewer, UUID id) {
        Registration registration = find(reviewer, id, false);
        LetterType type = LetterType.ofMediaType(registration.letterType);
        return new Letter(type.mediaType(), "authorisation-letter-" + registration.creditCode + "." + type.extension(),
                letters.findById(id).content);
    }

    /** Verifies a pending registration: the operator account is made with the username and password registered. */
    @Transactional
    public RegistrationView verify(Reviewer reviewer, UUID id) {
        Registration registration = pending(reviewer, id);
        if (accounts.findByIdOptional(registration.username).isPresent()) {
            throw new ProblemException(ProblemTypes.CONFLICT, "An account named " + registration.username
                    + " exists: reject the registration so the enterprise registers with another username");
        }
        Account account = new Account();
        account.username = registration.username;
        account.displayName = registration.companyName;
        account.passwordHash = registration.passwordHash;
        account.roles = new HashSet<>(Set.of(Roles.OPERATOR));
        account.creditCode = registration.creditCode;
        account.enabled = true;
        account.createdAt = Instant.now();
        account.passwordChangedAt = registration.submittedAt;
        accounts.persist(account);
        decide(registration, Registration.Status.VERIFIED, null, reviewer);
        accounts.flush();
        audit.record(AuditAction.REGISTRATION_VERIFIED, reviewer.username(), registration.creditCode, "registration "
                + id + " verified, operator account " + account.username + " created");
        return RegistrationView.of(registration);
    }

    @Transactional
    public RegistrationView reject(Reviewer reviewer, UUID id, String reason) {
        Registration registration = pending(reviewer, id);
        decide(registration, Registration.Status.REJECTED, reason.strip(), reviewer);
        registrations.flush();
        audit.record(AuditAction.REGISTRATION_REJECTED, reviewer.username(), registration.creditCode, "registration "
                + id + " rejected: " + registration.reason);
        return RegistrationView.of(registration);
    }

    private Registration pending(Reviewer reviewer, UUID id) {
        Registration registration = find(reviewer, id, true);
        if (registration.status != Registration.Status.PENDING) {
            throw ProblemException.conflict("Registration " + id + " is already " + registration.status
                    + " (该注册已处理)");
        }
        return registration;
    }

    private static void decide(Registration registration, Registration.Status status, String reason, Reviewer reviewer) {
        registration.status = status;
        registration.reason = reason;
        registration.decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        registration.decidedBy = reviewer.username();
    }

    private Registration find(Reviewer reviewer, UUID id, boolean forUpdate) {
        Registration registration = forUpdate ? registrations.findById(id, LockModeType.PESSIMISTIC_WRITE)
                : registrations.findById(id);
        if (registration == null || !reviewer.sees(registration)) {
            throw ProblemException.notFound("Registration", id);
        }
        return registration;
    }

    private static Registration.Status status(String status) {
        try {
            return Registration.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemTypes.VALIDATION, "The query parameter 'status' is not a status",
                    List.of(new Problem.FieldError("status", "must be PENDING, VERIFIED or REJECTED")));
        }
    }
}
