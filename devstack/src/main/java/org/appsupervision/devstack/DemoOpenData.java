package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Has the admin write, through the gateway, the open-data dumps of the days that have ended since each service's
 * newest dump (yesterday's at first start, at most {@link #CATCH_UP_DAYS} days back), as the 02:00 scheduler would have
 * had the suite been running: so {@code /open-data} lists files on a fresh local run, and a day the suite was down
 * is caught up at the next start. A day is written once; asking again answers its manifest unchanged.
 */
final class DemoOpenData {

    static final List<String> SERVICES = List.of("notice-service", "appstore-service", "penalty-service");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int CATCH_UP_DAYS = 30;

    private DemoOpenData() {
    }

    /** Writes the missing days' dumps of every service; answers how many days it wrote in all. */
    static int dumpEndedDays(GatewayHttp http, String admin) {
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        int written = 0;
        for (String service : SERVICES) {
            JsonNode newest = GatewayHttp.items(http.send("GET", "/api/public/open-data/" + service
                    + "/manifests?limit=1", null, null)).path(0).path("date");
            LocalDate first = newest.isTextual() ? LocalDate.parse(newest.asText()).plusDays(1) : yesterday;
            for (LocalDate day = first.isBefore(yesterday.minusDays(CATCH_UP_DAYS - 1))
                    ? yesterday.minusDays(CATCH_UP_DAYS - 1) : first; !day.isAfter(yesterday); day = day.plusDays(1)) {
                http.send("POST", "/api/admin/open-data/" + service + "/dumps", admin,
                        http.json().createObjectNode().put("date", day.toString()));
                written++;
            }
        }
        return written;
    }
}
