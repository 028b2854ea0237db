package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The write-access matrix of a service: every caller (each role, two tenants of each kind, anonymous) against every
 * write operation its OpenAPI document lists, so a new operation fails the test until someone says who may call it.
 */
public final class AccessMatrix {

    /** Province of bureau A (广东) and of bureau B (浙江); stores X and Y. */
    public static final String PROVINCE_A = "44";
    public static final String PROVINCE_B = "33";
    public static final String STORE_X = "huawei";
    public static final String STORE_Y = "xiaomi";
    /** Handset maker M: a channel of kind HANDSET_MAKER (role store, like the stores), which each service's fixtures register. */
    public static final String MAKER_M = "honor";
    /** Enterprise A (registered in 广东) and enterprise B (浙江): valid unified social credit codes. */
    public static final String OPERATOR_A_CODE = "91440300MA5DEMA012";
    public static final String OPERATOR_B_CODE = "91330100MA2DEMB023";
    /** Testing agency P and testing agency Q: valid unified social credit codes. */
    public static final String AGENCY_P_CODE = "91110108MA0CHKP01U";
    public static final String AGENCY_Q_CODE = "91310115MA1CHKQ02C";

    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");

    private AccessMatrix() {
    }

    /**
     * Who calls: the suite's roles, two bureaus, two stores, a handset maker, two enterprises, two agencies, and
     * nobody logged in.
     */
    public enum Caller {
        OFFICIAL, APPROVER, AUDITOR, ADMIN, BUREAU_A, BUREAU_B, STORE_X, STORE_Y, MAKER_M, OPERATOR_A, OPERATOR_B,
        AGENCY_P, AGENCY_Q, ANONYMOUS;

        public String username() {
            return "matrix." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** A token signed like the gateway's, or null for anonymous. */
        public String token() {
            return switch (this) {
                case OFFICIAL -> TestTokens.user(username(), "official");
                case APPROVER -> TestTokens.user(username(), "approver");
                case AUDITOR -> TestTokens.user(username(), "auditor");
                case ADMIN -> TestTokens.user(username(), "admin");
                case BUREAU_A -> TestTokens.bureau(username(), PROVINCE_A);
                case BUREAU_B -> TestTokens.bureau(username(), PROVINCE_B);
                case STORE_X -> TestTokens.store(AccessMatrix.STORE_X);
                case STORE_Y -> TestTokens.store(AccessMatrix.STORE_Y);
                case MAKER_M -> TestTokens.store(AccessMatrix.MAKER_M);
                case OPERATOR_A -> TestTokens.operator(username(), OPERATOR_A_CODE);
                case OPERATOR_B -> TestTokens.operator(username(), OPERATOR_B_CODE);
                case AGENCY_P -> TestTokens.agency(username(), AGENCY_P_CODE);
                case AGENCY_Q -> TestTokens.agency(username(), AGENCY_Q_CODE);
                case ANONYMOUS -> null;
            };
        }
    }

    /**
     * One call of an operation on a fresh object: the concrete path, a valid body (a JSON value or text) and its
     * content type, and how to read the object's state (compared before and after a refused call).
     */
    public record Target(String path, String contentType, Object body, Supplier<Object> state) {
    }

    /**
     * Who may call an operation on the fixture's object; the fixture makes a fresh object for each caller. An
     * allowed caller must get a 2xx, or one of {@code alsoAccepted} where the fixture cannot reach the state the
     * operation needs (then the answer still shows that role and tenant let the call through). A bulk operation
     * ({@code perItem}) answers 2xx with a {@code results} array: a refused caller may get that, provided every item
     * is refused (403 or 404) and nothing changed. {@code alsoRefusedWith}: statuses besides 403/404 that refuse a
     * caller whose role and tenant pass but whose kind the operation does not take (an app store on a handset
     * maker's route answers 409 /problems/channel-kind); nothing may change either.
     */
    public record Expectation(Set<Caller> allowed, Function<Caller, Target> fixture, Set<Integer> alsoAccepted,
            boolean perItem, Set<Integer> alsoRefusedWith) {

        public Expectation(Set<Caller> allowed, Function<Caller, Target> fixture, Set<Integer> alsoAccepted,
                boolean perItem) {
            this(allowed, fixture, alsoAccepted, perItem, Set.of());
        }

        /** The same expectation, where a refused caller may also be answered {@code statuses}. */
        public Expectation refusingAlsoWith(Integer... statuses) {
            return new Expectation(allowed, fixture, alsoAccepted, perItem, Set.of(statuses));
        }

        public static Expectation of(Set<Caller> allowed, Function<Caller, Target> fixture) {
            return new Expectation(allowed, fixture, Set.of(), false);
        }

        public static Expectation perItem(Set<Caller> allowed, Function<Caller, Target> fixture) {
            return new Expectation(allowed, fixture, Set.of(), true);
        }

        public static Expectation onlyAdmin(Function<Caller, Target> fixture) {
            return of(EnumSet.of(Caller.ADMIN), fixture);
        }
    }

    /** What a call answered. */
    public record Answer(int status, String body) {
    }

    /** Sends one call and answers its status and body. */
    @FunctionalInterface
    public interface Sender {
        Answer send(Caller caller, String method, Target target);
    }

    /** The write operations of an OpenAPI document (JSON), as "METHOD /path/{param}". */
    public static List<String> writeOperations(String openApiJson) {
        JsonNode paths;
        try {
            paths = new ObjectMapper().readTree(openApiJson).path("paths");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (WRITE_METHODS.contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return List.copyOf(operations);
    }

    /**
     * Runs every caller against every operation and answers what went wrong (empty when all held): an operation
     * without an expectation, an expectation for an operation the document no longer has, a refused caller that got
     * anything but 401 (anonymous) or 403/404 or whose call changed the object, an allowed caller that was refused.
     */
    public static List<String> run(List<String> operations, Map<String, Expectation> expectations, Sender sender) {
        List<String> failures = new ArrayList<>();
        for (String operation : operations) {
            if (!expectations.containsKey(operation)) {
                failures.add(operation + ": no expectation (say who may call it)");
            }
        }
        for (String expected : expectations.keySet()) {
            if (!operations.contains(expected)) {
                failures.add(expected + ": expected, but not in the OpenAPI document");
            }
        }
        for (String operation : operations) {
            Expectation expectation = expectations.get(operation);
            if (expectation == null) {
                continue;
            }
            String method = operation.substring(0, operation.indexOf(' '));
            for (Caller caller : Caller.values()) {
                Target target = expectation.fixture().apply(caller);
                Object before = target.state().get();
                Answer answer = sender.send(caller, method, target);
                int status = answer.status();
                if (expectation.allowed().contains(caller)) {
                    if ((status < 200 || status > 299) && !expectation.alsoAccepted().contains(status)) {
                        failures.add(operation + " as " + caller + " (" + target.path() + "): allowed, but answered "
                                + status);
                    }
                    continue;
                }
                boolean refused = caller == Caller.ANONYMOUS ? status == 401
                        : status == 403 || status == 404 || expectation.alsoRefusedWith().contains(status)
                                || expectation.perItem() && everyItemRefused(answer);
                if (!refused) {
                    failures.add(operation + " as " + caller + " (" + target.path() + "): must be refused, answered "
                            + status);
                }
                Object after = target.state().get();
                if (!Objects.equals(before, after)) {
                    failures.add(operation + " as " + caller + " (" + target.path() + "): refused call changed "
                            + before + " into " + after);
                }
            }
        }
        return failures;
    }

    private static boolean everyItemRefused(Answer answer) {
        if (answer.status() < 200 || answer.status() > 299) {
            return false;
        }
        try {
            JsonNode results = new ObjectMapper().readTree(answer.body()).path("results");
            if (!results.isArray() || results.isEmpty()) {
                return false;
            }
            for (JsonNode result : results) {
                int status = result.path("status").asInt();
                if (status != 403 && status != 404) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The rows a query finds, as text: a state for {@link Target} read straight from the service's database. */
    public static Supplier<Object> rows(DataSource database, String sql) {
        return () -> {
            try (java.sql.Connection connection = database.getConnection();
                    java.sql.PreparedStatement statement = connection.prepareStatement(sql);
                    java.sql.ResultSet result = statement.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(String.valueOf(result.getObject(i)));
                    }
                    rows.add(row);
                }
                return rows;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
