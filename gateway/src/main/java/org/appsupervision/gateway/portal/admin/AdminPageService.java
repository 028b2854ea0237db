package org.appsupervision.gateway.portal.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.appsupervision.gateway.account.AccountChanges;
import org.appsupervision.gateway.account.AccountService;
import org.appsupervision.gateway.account.AccountView;
import org.appsupervision.gateway.account.NewAccount;
import org.appsupervision.gateway.client.ClientAdminService;
import org.appsupervision.gateway.client.ClientView;
import org.appsupervision.gateway.client.NewClient;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;

/**
 * The admin pages' work on the gateway's own accounts and store clients: the same operations (and the
 * same audit records) as {@code /admin/accounts} and {@code /admin/clients}, with refusals turned into
 * messages beside the form's fields.
 */
@ApplicationScoped
public class AdminPageService {

    private final AccountService accounts;
    private final AccountChanges changes;
    private final ClientAdminService clients;
    private final Validator validator;

    public AdminPageService(AccountService accounts, AccountChanges changes, ClientAdminService clients,
            Validator validator) {
        this.accounts = accounts;
        this.changes = changes;
        this.clients = clients;
        this.validator = validator;
    }

    /** What an admin action did: the changed account or client, or the refusal and the fields at fault. */
    public record Outcome<T>(T value, String problem, Map<String, String> fieldErrors) {

        public boolean ok() {
            return problem == null && fieldErrors.isEmpty();
        }

        public String fieldError(String field) {
            return fieldErrors.get(field);
        }
    }

    public List<AccountView> accounts() {
        return accounts.list();
    }

    public List<ClientView> clients() {
        return clients.list();
    }

    public Outcome<AccountView> createAccount(String username, String displayName, Set<String> roles, String province,
            String password, String agencyCode, String admin) {
        NewAccount request = new NewAccount(trim(username), trim(displayName), new TreeSet<>(roles), trim(province), password,
                trim(agencyCode));
        Map<String, String> invalid = violations(validator.validate(request));
        if (!invalid.isEmpty()) {
            return new Outcome<>(null, null, invalid);
        }
        return run(() -> accounts.create(request, admin));
    }

    public Outcome<AccountView> setEnabled(String username, boolean enabled, String admin) {
        return run(() -> accounts.setEnabled(username, enabled, admin));
    }

    public Outcome<AccountView> unlock(String username, String admin) {
        return run(() -> accounts.unlock(username, admin));
    }

    public Outcome<AccountView> changeRoles(String username, Set<String> roles, String province, String admin) {
        return run(() -> changes.changeRoles(username, new TreeSet<>(roles), trim(province), admin));
    }

    public Outcome<AccountView> resetPassword(String username, String password, String admin) {
        return run(() -> changes.resetPassword(username, password, admin));
    }

    public Outcome<ClientView> createClient(String clientId, String storeCode, String admin) {
        NewClient request = new NewClient(trim(clientId), trim(storeCode));
        Map<String, String> invalid = violations(validator.validate(request));
        if (!invalid.isEmpty()) {
            return new Outcome<>(null, null, invalid);
        }
        return run(() -> clients.create(request, admin));
    }

    public Outcome<ClientView> rotate(String clientId, String admin) {
        return run(() -> clients.rotate(clientId, admin));
    }

    public Outcome<ClientView> revoke(String clientId, String admin) {
        return run(() -> clients.revoke(clientId, admin));
    }

    private static <T> Outcome<T> run(Supplier<T> action) {
        try {
            return new Outcome<>(action.get(), null, Map.of());
        } catch (ProblemException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Problem.FieldError error : e.errors()) {
                fields.merge(error.field(), error.message(), (a, b) -> a + "; " + b);
            }
            return new Outcome<>(null, e.type().title() + (e.getMessage() == null ? "" : ": " + e.getMessage()), fields);
        }
    }

    private static <T> Map<String, String> violations(Set<ConstraintViolation<T>> violations) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ConstraintViolation<T> v : violations) {
            String path = v.getPropertyPath().toString();
            String field = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
            fields.merge(field.replaceAll("\\[.*", ""), v.getMessage(), (a, b) -> a + "; " + b);
        }
        return fields;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
