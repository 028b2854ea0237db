package org.appsupervision.notice.app;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.notice.app.AppView.AppRequest;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.notice.operator.AppFilingNumber;
import org.appsupervision.notice.reference.ProvinceRepository;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Registers apps and their operators; the operator's province is derived from its credit code, and a bureau officer
 * changes only operators of its own province and their apps.
 */
@ApplicationScoped
public class AppService {

    private static final String LIST = "apps";

    private final AppRepository apps;
    private final OperatorRepository operators;
    private final ProvinceRepository provinces;

    public AppService(AppRepository apps, OperatorRepository operators, ProvinceRepository provinces) {
        this.apps = apps;
        this.operators = operators;
        this.provinces = provinces;
    }

    @Transactional
    public AppView register(String pathPackageName, AppRequest request, BureauScope scope) {
        String province = UnifiedSocialCreditCode.provinceCode(request.operator().creditCode());
        List<FieldError> errors = new java.util.ArrayList<>();
        if (!request.packageName().equals(pathPackageName)) {
            errors.add(new FieldError("packageName", "differs from the package name in the path"));
        }
        AppFilingNumber.problem(request.filingNumber())
                .ifPresent(why -> errors.add(new FieldError("filingNumber", why)));
        if (provinces.findByIdOptional(province).isEmpty()) {
            errors.add(new FieldError("operator.creditCode", "digits 3-4 ('" + province + "') name no province"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (!scope.mayChangeRegistryOf(province)) {
            throw new ForbiddenException("A bureau officer registers operators of their own province only");
        }
        App existing = apps.findByIdOptional(request.packageName(), LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (existing != null && !scope.mayChangeRegistryOf(
                UnifiedSocialCreditCode.provinceCode(existing.operatorCreditCode))) {
            throw new ForbiddenException("A bureau officer changes apps of their own province's operators only");
        }
        Operator operator = operators.findByIdOptional(request.operator().creditCode()).orElseGet(() -> {
            Operator created = new Operator();
            created.creditCode = request.operator().creditCode();
            created.provinceCode = province;
            return created;
        });
        operator.name = request.operator().name().strip();
        operators.persist(operator);
        App app = existing == null ? new App() : existing;
        app.packageName = request.packageName();
        app.name = request.name().strip();
        app.operatorCreditCode = operator.creditCode;
        app.filingNumber = request.filingNumber();
        apps.persist(app);
        return view(app, operator);
    }

    @Transactional
    public AppView get(String packageName) {
        App app = apps.findByIdOptional(packageName).orElseThrow(() -> ProblemException.notFound("App", packageName));
        return view(app, operators.findById(app.operatorCreditCode));
    }

    @Transactional
    public Page<AppView> search(String operatorCreditCode, String name, PageRequest page) {
        Cursor after = page.after(LIST);
        Parameters parameters = Parameters.with("operator", operatorCreditCode)
                .and("name", name == null ? null : "%" + name + "%");
        String query = "(:operator is null or operatorCreditCode = :operator) and (:name is null or name like :name)";
        if (after != null) {
            query += " and " + Keyset.after(false, "name", "packageName");
            parameters.and("k0", after.text(0)).and("k1", after.text(1));
        }
        query += " order by " + Keyset.order(false, "name", "packageName");
        return Page.of(apps.find(query, parameters).page(0, page.limit() + 1).list(), page.limit(),
                app -> Cursor.encode(LIST, app.name, app.packageName),
                app -> view(app, operators.findById(app.operatorCreditCode)));
    }

    private static AppView view(App app, Operator operator) {
        return new AppView(app.packageName, app.name, app.filingNumber,
                new AppView.OperatorView(operator.creditCode, operator.name, operator.provinceCode));
    }
}
