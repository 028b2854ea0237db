package org.appsupervision.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;

/**
 * Generated apps for large test and benchmark notices: names, package names and operators with
 * credit codes whose check characters are correct (GB 32100-2015), spread over several provinces.
 * They are made up, not real registrations.
 */
public final class SyntheticApps {

    /** The provinces of the bureaus whose findings made the 2021 takedown list, plus Beijing and Zhejiang. */
    public static final List<String> PROVINCES = List.of("11", "14", "21", "33", "44", "51", "52", "61");

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private SyntheticApps() {
    }

    /** {@code count} apps, each listed in the given stores, as the notice draft API takes them. */
    public static List<Map<String, Object>> generate(int count, long seed, List<String> stores) {
        Random random = new Random(seed);
        List<Map<String, Object>> apps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String province = PROVINCES.get(i % PROVINCES.size());
            apps.add(app("测试应用" + i, "com.example.s" + seed + ".app" + i, creditCode(province + "0100", random),
                    true, stores));
        }
        return apps;
    }

    /** One app entry of a notice draft. */
    public static Map<String, Object> app(String name, String packageName, String creditCode, boolean refused,
            List<String> stores) {
        return Map.of(
                "name", name,
                "packageName", packageName,
                "version", "1.0.0",
                "operator", Map.of("name", name + "运营公司", "creditCode", creditCode),
                "problems", List.of("collect-beyond-scope"),
                "stores", stores,
                "refusedRectification", refused);
    }

    /** A credit code of the given six-digit region with a correct check character. */
    public static String creditCode(String region6, Random random) {
        StringBuilder code = new StringBuilder("91").append(region6);
        while (code.length() < 17) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
    }
}
