package org.appsupervision.notice.sdk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.appsupervision.notice.operator.CreditCode;

/**
 * An SDK as the ministry registers it (POST) or replaces it (PUT, where {@code code} may be left out but must match the
 * path, and {@code active} may be set). The provider's province, when given, must be digits 3-4 of its credit code.
 */
public record SdkRequest(
        @Pattern(regexp = SdkRequest.CODE, message = "is a lower-case slug of 2 to 63 letters, digits and '-'") String code,
        @NotBlank @Size(max = 200) String nameZh,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String providerName,
        @NotBlank @CreditCode String providerCreditCode,
        @Pattern(regexp = "\\d{2}", message = "is not a GB/T 2260 province code") String providerProvinceCode,
        @NotEmpty @Size(max = 50) List<@NotNull @Size(max = 200) @Pattern(regexp = PREFIX,
                message = "is not a Java package of at least two segments (e.g. com.umeng)") String> packagePrefixes,
        @Size(max = 50) List<@NotNull @Pattern(regexp = "[0-9a-f]{64}",
                message = "is not a SHA-256 digest in lower-case hex (64 characters)") String> signatures,
        @Size(max = 500) List<@NotNull @Pattern(regexp = VERSION, message = VERSION_MESSAGE) String> versions,
        Boolean active) {

    /** The registry's code of an SDK. */
    public static final String CODE = "[a-z0-9][a-z0-9-]{1,62}";
    /** A Java package prefix of two or more segments. */
    public static final String PREFIX = "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+";
    /** A version as providers name them: 1 to 64 letters, digits and . _ + -, starting with a letter or digit. */
    public static final String VERSION = "[0-9A-Za-z][0-9A-Za-z._+-]{0,63}";
    public static final String VERSION_MESSAGE = "is not a version (1 to 64 letters, digits and . _ + -)";

    /** A version to add to an SDK. */
    public record VersionRequest(@NotNull @Pattern(regexp = VERSION, message = VERSION_MESSAGE) String version) {
    }
}
