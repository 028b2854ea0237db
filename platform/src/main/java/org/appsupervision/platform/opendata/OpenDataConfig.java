package org.appsupervision.platform.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of the open-data dumps: the zone whose days they cover and the licence line of every manifest. */
@ConfigMapping(prefix = "supervision.open-data")
public interface OpenDataConfig {

    /** The zone whose calendar days the dumps cover (the scheduler's cron and zone are separate keys). */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** The licence line every manifest carries. */
    @WithDefault("CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) · 可自由使用，注明出处 / free to reuse with attribution")
    String licence();

    /** How many days the statistics API answers at most in one request. */
    @WithDefault("366")
    int maxStatisticsDays();
}
