package org.appsupervision.appstore.preinstallation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appsupervision.appstore.store.ChannelKind;
import org.appsupervision.appstore.store.Store;
import org.appsupervision.appstore.store.StoreRepository;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Handset makers' preinstalled apps per device model line: each maker replaces or withdraws its own lists, officials
 * read them by maker or by package. Only channels of kind HANDSET_MAKER keep such lists.
 */
@ApplicationScoped
public class PreinstallationService {

    private final PreinstallationRepository preinstallations;
    private final StoreRepository stores;
    private final Clock clock = Clock.systemUTC();

    public PreinstallationService(PreinstallationRepository preinstallations, StoreRepository stores) {
        this.preinstallations = preinstallations;
        this.stores = stores;
    }

    /** A maker's lists, by model line; {@code 404} for an unknown channel, {@code 409} for an app store. */
    @Transactional
    public PreinstallationView of(String storeCode) {
        maker(storeCode, false);
        Map<String, List<Preinstallation>> byLine = new LinkedHashMap<>();
        preinstallations.ofMaker(storeCode).forEach(p -> byLine.computeIfAbsent(p.modelLine, l -> new ArrayList<>()).add(p));
        return new PreinstallationView(byLine.entrySet().stream().map(e -> line(e.getKey(), e.getValue())).toList());
    }

    /** Replaces one model line's list; writes nothing when the channel is not a maker or the list is bad. */
    @Transactional
    public PreinstallationView.ModelLine replace(String storeCode, String modelLine, PreinstallationRequest request) {
        check(modelLine, request);
        maker(storeCode, true);
        preinstallations.removeLine(storeCode, modelLine);
        Instant now = Instant.now(clock);
        preinstallations.insertLine(storeCode, modelLine, request.apps(), now);
        return new PreinstallationView.ModelLine(modelLine, request.apps(), now);
    }

    /** Withdraws one model line's list; {@code 404} when the maker has no such line. */
    @Transactional
    public void remove(String storeCode, String modelLine) {
        maker(storeCode, true);
        if (preinstallations.removeLine(storeCode, modelLine) == 0) {
            throw ProblemException.notFound("Model line", modelLine);
        }
    }

    /** The active and inactive makers preinstalling {@code packageName}, with the model lines. */
    @Transactional
    public PreinstallationView.Makers makersOf(String packageName) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        preinstallations.ofPackage(packageName)
                .forEach(p -> lines.computeIfAbsent(p.storeCode, c -> new ArrayList<>()).add(p.modelLine));
        List<PreinstallationView.Maker> makers = new ArrayList<>();
        lines.forEach((code, modelLines) -> stores.findByIdOptional(code).ifPresent(store ->
                makers.add(new PreinstallationView.Maker(code, store.nameZh, store.nameEn, modelLines))));
        return new PreinstallationView.Makers(makers);
    }

    /** The maker, locked for a write so that one maker's writes run one after the other. */
    private Store maker(String storeCode, boolean forWrite) {
        Store store = (forWrite ? stores.findByIdOptional(storeCode, LockModeType.PESSIMISTIC_WRITE)
                : stores.findByIdOptional(storeCode)).orElseThrow(() -> ProblemException.notFound("Channel", storeCode));
        if (store.kind != ChannelKind.HANDSET_MAKER) {
            throw ChannelKindProblem.notAMaker(storeCode);
        }
        return store;
    }

    private static void check(String modelLine, PreinstallationRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ModelLineName.problem(modelLine).ifPresent(why -> errors.add(new Problem.FieldError("modelLine", why)));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.apps().size(); i++) {
            if (!seen.add(request.apps().get(i).packageName())) {
                errors.add(new Problem.FieldError("apps[" + i + "].packageName", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static PreinstallationView.ModelLine line(String modelLine, List<Preinstallation> rows) {
        Instant updatedAt = rows.stream().map(p -> p.updatedAt).max(Instant::compareTo).orElse(null);
        return new PreinstallationView.ModelLine(modelLine,
                rows.stream().map(p -> new PreinstallationRequest.App(p.packageName, p.appName)).toList(), updatedAt);
    }
}
