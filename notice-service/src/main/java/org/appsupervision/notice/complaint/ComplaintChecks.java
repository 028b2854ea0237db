package org.appsupervision.notice.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.appsupervision.notice.operator.AndroidPackageName;
import org.appsupervision.notice.reference.ProblemKindRepository;
import org.appsupervision.notice.store.StoreRepository;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Checks a complaint whole before anything is written: the app named, problem kinds of the taxonomy, a store of the
 * registry copy, the description's length, each screenshot's size and type by content, and the contact's form.
 */
@ApplicationScoped
public class ComplaintChecks {

    /** A mainland mobile number, or a landline with its area code (0755-1234567), digits and one optional dash. */
    static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** A complaint that passed every check, its text stripped and its screenshots decoded. */
    public record Checked(String appName, String packageName, String storeCode, List<String> problems,
            String description, List<Screenshot> screenshots, ComplaintRequest.Contact contact) {
    }

    private final ProblemKindRepository problemKinds;
    private final StoreRepository stores;
    private final ComplaintConfig config;

    public ComplaintChecks(ProblemKindRepository problemKinds, StoreRepository stores, ComplaintConfig config) {
        this.problemKinds = problemKinds;
        this.stores = stores;
        this.config = config;
    }

    /** The checked complaint; a 400 problem naming every field at fault otherwise. */
    public Checked check(ComplaintRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String appName = blankToNull(request.appName());
        String packageName = blankToNull(request.packageName());
        if (appName == null && packageName == null) {
            errors.add(new FieldError("appName", "name the app, its package name, or both"));
        }
        if (packageName != null) {
            AndroidPackageName.problem(packageName).ifPresent(p -> errors.add(new FieldError("packageName", p)));
        }
        String store = blankToNull(request.store());
        if (store != null) {
            store = store.toLowerCase(Locale.ROOT);
            if (stores.findByIdOptional(store).isEmpty()) {
                errors.add(new FieldError("store", "'" + store + "' is not a store of the registry"));
            }
        }
        List<String> problems = List.copyOf(new LinkedHashSet<>(request.problems().stream()
                .map(p -> p == null ? "" : p.strip()).toList()));
        if (problems.contains("")) {
            errors.add(new FieldError("problems", "a problem kind is blank"));
        } else {
            problemKinds.unknown(problems).forEach(code -> errors.add(new FieldError("problems",
                    "'" + code + "' is not a problem kind of the taxonomy")));
        }
        String description = request.description().strip();
        if (description.isEmpty()) {
            errors.add(new FieldError("description", "must not be blank"));
        } else if (description.codePointCount(0, description.length()) > config.maxDescriptionChars()) {
            errors.add(new FieldError("description", "is longer than " + config.maxDescriptionChars() + " characters"));
        }
        List<Screenshot> screenshots = screenshots(request.screenshots(), errors);
        ComplaintRequest.Contact contact = contact(request.contact(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Checked(appName, packageName, store, problems, description, screenshots, contact);
    }

    private List<Screenshot> screenshots(List<String> encoded, List<FieldError> errors) {
        if (encoded == null) {
            return List.of();
        }
        if (encoded.size() > config.maxScreenshots()) {
            errors.add(new FieldError("screenshots", "at most " + config.maxScreenshots() + " screenshots"));
            return List.of();
        }
        List<Screenshot> result = new ArrayList<>();
        for (int i = 0; i < encoded.size(); i++) {
            String field = "screenshots[" + i + "]";
            String text = encoded.get(i);
            // Base64 of the largest screenshot is a third longer; anything longer cannot decode to an allowed size.
            if (text == null || text.length() > (config.maxScreenshotBytes() + 2L) / 3 * 4 + 4) {
                errors.add(new FieldError(field, text == null ? "is missing"
                        : "is larger than " + config.maxScreenshotBytes() + " bytes"));
                continue;
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "is not base64"));
                continue;
            }
            if (bytes.length > config.maxScreenshotBytes()) {
                errors.add(new FieldError(field, "is larger than " + config.maxScreenshotBytes() + " bytes"));
                continue;
            }
            Optional<Screenshot> screenshot = Screenshot.of(bytes);
            if (screenshot.isEmpty()) {
                errors.add(new FieldError(field, "is neither a PNG nor a JPEG image"));
            } else {
                result.add(screenshot.get());
            }
        }
        return result;
    }

    private static ComplaintRequest.Contact contact(ComplaintRequest.Contact contact, List<FieldError> errors) {
        if (contact == null) {
            return null;
        }
        String name = blankToNull(contact.name());
        String phone = blankToNull(contact.phone());
        String email = blankToNull(contact.email());
        if (name == null && phone == null && email == null) {
            return null;
        }
        if (phone == null && email == null) {
            errors.add(new FieldError("contact", "give a phone number or an e-mail address with the name"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("contact.phone", "is not a mainland mobile (11 digits) or landline number"));
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("contact.email", "is not an e-mail address"));
        }
        return new ComplaintRequest.Contact(name, phone, email);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
