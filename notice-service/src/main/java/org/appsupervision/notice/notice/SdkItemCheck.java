package org.appsupervision.notice.notice;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.appsupervision.notice.reference.ProvinceRepository;
import org.appsupervision.notice.sdk.Sdk;
import org.appsupervision.notice.sdk.SdkRepository;
import org.appsupervision.platform.problem.Problem.FieldError;

/**
 * The registry checks of a draft's SDK item: the notice is not a takedown (no store can take an SDK down), the SDK is
 * registered and active, its provider's province is known, each version is one the registry lists, and the SDK is
 * named once per notice.
 */
@ApplicationScoped
public class SdkItemCheck {

    private final SdkRepository sdks;
    private final ProvinceRepository provinces;

    public SdkItemCheck(SdkRepository sdks, ProvinceRepository provinces) {
        this.sdks = sdks;
        this.provinces = provinces;
    }

    /** Adds the faults of entry {@code at} to {@code errors}; records the SDK found in {@code found} when it may be named. */
    void check(NoticeKind kind, String at, DraftNoticeRequest.SdkEntry entry, Map<String, Sdk> found,
            List<FieldError> errors) {
        if (kind == NoticeKind.TAKEDOWN) {
            errors.add(new FieldError(at + ".subject",
                    "a takedown notice names apps only: no store can take an SDK down (name the SDK in a rectification or re-check notice)"));
        }
        Optional<Sdk> sdk = sdks.findByIdOptional(entry.sdk());
        if (sdk.isEmpty()) {
            errors.add(new FieldError(at + ".sdk", "names no SDK of the registry ('" + entry.sdk() + "')"));
            return;
        }
        if (!sdk.get().active) {
            errors.add(new FieldError(at + ".sdk", "names an SDK that the registry has deactivated ('" + entry.sdk() + "')"));
            return;
        }
        if (found.containsKey(entry.sdk())) {
            errors.add(new FieldError(at + ".sdk", "appears more than once in this notice"));
        }
        if (provinces.findByIdOptional(sdk.get().providerProvinceCode).isEmpty()) {
            errors.add(new FieldError(at + ".sdk", "the registry's provider of this SDK names no known province ('"
                    + sdk.get().providerProvinceCode + "'); correct the registry first"));
        }
        Set<String> listed = sdk.get().versions;
        for (int v = 0; v < entry.sdkVersions().size(); v++) {
            String version = entry.sdkVersions().get(v).strip();
            if (!listed.contains(version)) {
                errors.add(new FieldError(at + ".sdkVersions[" + v + "]", "is not a version of '" + entry.sdk()
                        + "' that the registry lists ('" + version + "')"));
            } else if (entry.sdkVersions().subList(0, v).stream().map(String::strip).anyMatch(version::equals)) {
                errors.add(new FieldError(at + ".sdkVersions[" + v + "]", "appears more than once"));
            }
        }
        found.put(entry.sdk(), sdk.get());
    }
}
