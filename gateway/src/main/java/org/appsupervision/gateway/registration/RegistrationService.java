package org.appsupervision.gateway.registration;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.gateway.account.AccountRepository;
import org.appsupervision.gateway.audit.AuditAction;
import org.appsupervision.gateway.audit.AuditLog;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;

/**
 * Takes an enterprise's registration (checked whole: a fault of any field writes nothing) and tells the holder of
 * its status token where it stands.
 */
@ApplicationScoped
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final RegistrationLetterRepository letters;
    private final AccountRepository accounts;
    private final AuditLog audit;

    public RegistrationService(RegistrationRepository registrations, RegistrationLetterRepository letters,
            AccountRepository accounts, AuditLog audit) {
        this.registrations = registrations;
        this.letters = letters;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public RegistrationReceipt submit(RegistrationForm form) {
        List<Problem.FieldError> errors = RegistrationChecks.check(form);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String code = form.creditCode().strip();
        String username = form.username().strip();
        if (registrations.openOrVerified(code)) {
            throw duplicateCode();
        }
        if (accounts.findByIdOptional(username).isPresent() || registrations.pendingWithUsername(username)) {
            throw usernameTaken();
        }
        String token = Digests.newToken();
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.companyName = form.companyName().strip();
        registration.creditCode = code;
        registration.provinceCode = UnifiedSocialCreditCode.provinceCode(code);
        registration.contactName = form.contactName().strip();
        registration.contactPhone = form.contactPhone().strip();
        registration.contactEmail = form.contactEmail().strip();
        registration.username = username;
        registration.passwordHash = BcryptUtil.bcryptHash(form.password());
        registration.statusTokenHash = Digests.sha256(token);
        registration.status = Registration.Status.PENDING;
        registration.letterType = LetterType.of(form.letter()).orElseThrow().mediaType();
        registration.letterSize = form.letter().length;
        registration.letterSha256 = Digests.sha256(form.letter());
        registration.submittedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RegistrationLetter letter = new RegistrationLetter();
        letter.registrationId = registration.id;
        letter.content = form.letter();
        try {
            registrations.persist(registration);
            letters.persist(letter);
            registrations.flush();
        } catch (PersistenceException e) {
            // Two registrations of one code (or one username) at the same moment: the unique indexes decide.
            throw registrations.openOrVerified(code) ? duplicateCode() : usernameTaken();
        }
        audit.record(AuditAction.REGISTRATION_SUBMITTED, "anonymous", code, "registration " + registration.id
                + ", username " + username + ", letter sha256 " + registration.letterSha256);
        return new RegistrationReceipt(registration.id, token, registration.status);
    }

    /** The status of a registration to the holder of its token; any other token (or none) finds nothing. */
    @Transactional
    public RegistrationStatus status(UUID id, String token) {
        Registration registration = token == null || token.isEmpty() || token.length() > 100 ? null
                : registrations.findById(id);
        if (registration == null || !Digests.same(registration.statusTokenHash, Digests.sha256(token))) {
            throw ProblemException.notFound("Registration", id);
        }
        return RegistrationStatus.of(registration);
    }

    private static ProblemException duplicateCode() {
        return new ProblemException(ProblemTypes.CONFLICT, "An open or verified registration of this credit code "
                + "exists (该统一社会信用代码已有待审核或已通过的注册)",
                List.of(new Problem.FieldError("creditCode", "is already registered")));
    }

    private static ProblemException usernameTaken() {
        return new ProblemException(ProblemTypes.CONFLICT, "The username is taken (用户名已被占用)",
                List.of(new Problem.FieldError("username", "is taken")));
    }
}
