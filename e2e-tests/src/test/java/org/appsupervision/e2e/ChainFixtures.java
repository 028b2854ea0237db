package org.appsupervision.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.appsupervision.devstack.SyntheticApps;

/** Apps, operators and credentials the end-to-end tests draft notices with. */
final class ChainFixtures {

    static final String PASSWORD = "e2e-password-1";
    static final String STORE_SECRET_PREFIX = "e2e-store-secret";
    static final List<String> STORES = List.of("huawei", "xiaomi", "oppo", "vivo", "tencent", "qihoo360",
            "wandoujia", "apple", "baidu");

    private ChainFixtures() {
    }

    static Map<String, Object> app(String name, String packageName, String creditCode, boolean refused,
            List<String> stores) {
        return SyntheticApps.app(name, packageName, creditCode, refused, stores);
    }

    static Map<String, Object> takedown(String title, List<Map<String, Object>> apps) {
        return Map.of("kind", "TAKEDOWN", "title", title, "apps", new ArrayList<>(apps));
    }

    /** {@code count} apps found by the bureaus of several provinces, each listed in every store. */
    static List<Map<String, Object>> generatedApps(int count, long seed) {
        return SyntheticApps.generate(count, seed, STORES);
    }

    /** {@code count} apps found by the bureaus of several provinces, each listed in the given stores. */
    static List<Map<String, Object>> generatedApps(int count, long seed, List<String> stores) {
        return SyntheticApps.generate(count, seed, stores);
    }

    /** A credit code of the given region with a correct check character (GB 32100-2015). */
    static String creditCode(String region6, Random random) {
        return SyntheticApps.creditCode(region6, random);
    }
}
