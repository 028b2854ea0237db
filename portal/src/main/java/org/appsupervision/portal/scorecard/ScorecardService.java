package org.appsupervision.portal.scorecard;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.Scorecard;
import org.appsupervision.portal.api.appstore.Store;
import org.appsupervision.portal.ops.OpsMessages;
import org.appsupervision.portal.ops.Query;

/** Reads the stores' scorecards of a period from appstore-service for the scorecard pages. */
@ApplicationScoped
public class ScorecardService {

    private final AppstoreApi appstore;

    public ScorecardService(AppstoreApi appstore) {
        this.appstore = appstore;
    }

    /**
     * Every channel's scorecard of the kind chosen (null: both), or the service's refusal or absence; the app stores
     * and the handset makers each in their own rows.
     */
    public record Table(Period period, String kind, List<StoreScore> stores, String problem) {

        public List<StoreScore> appStores() {
            return stores.stream().filter(s -> !s.maker()).toList();
        }

        public List<StoreScore> makers() {
            return stores.stream().filter(StoreScore::maker).toList();
        }

        /** The groups the page shows, app stores first, each with its kind; an empty group is left out. */
        public List<Group> groups() {
            return java.util.stream.Stream.of(new Group(StoreScore.APP_STORE, appStores()),
                    new Group(StoreScore.HANDSET_MAKER, makers())).filter(g -> !g.stores().isEmpty()).toList();
        }
    }

    /** The scorecards of one channel kind. */
    public record Group(String kind, List<StoreScore> stores) {
    }

    /** The kinds a reader may filter by; anything else shows both. */
    static String kind(String requested) {
        return StoreScore.APP_STORE.equals(requested) || StoreScore.HANDSET_MAKER.equals(requested) ? requested : null;
    }

    /** One store: its registry entry and its scorecard. */
    public record One(Period period, String code, Store store, StoreScore score, String problem) {

        /** The channel's kind as the registry names it (an entry without one is an app store). */
        public String kind() {
            return store == null ? null : store.kind() != null ? store.kind() : StoreScore.APP_STORE;
        }

        public boolean maker() {
            return StoreScore.HANDSET_MAKER.equals(kind());
        }

        /** The page's own path, where its period filter submits. */
        public String path() {
            return "/portal/stores/" + Query.path(code);
        }
    }

    public Table all(Period period, String kind, PortalMessages m, OpsMessages ops) {
        if (!period.valid()) {
            return new Table(period, kind, List.of(), null);
        }
        Answer<List<Scorecard>> answer = Answer.of(PortalService.APPSTORE,
                appstore.scorecards(period.fromInstant(), period.toInstant(), kind)).await().indefinitely();
        List<StoreScore> stores = answer.or(List.of()).stream().map(c -> StoreScore.of(c, s -> duration(s, ops)))
                .sorted(Comparator.comparing(StoreScore::received).reversed().thenComparing(StoreScore::code))
                .toList();
        return new Table(period, kind, stores, problem(answer.reply(), m));
    }

    public One one(String code, Period period, PortalMessages m, OpsMessages ops) {
        Uni<Answer<Store>> store = Answer.of(PortalService.APPSTORE, appstore.store(code));
        Uni<Answer<Scorecard>> card = period.valid()
                ? Answer.of(PortalService.APPSTORE, appstore.scorecard(code, period.fromInstant(), period.toInstant()))
                : Uni.createFrom().nullItem();
        var replies = Uni.combine().all().unis(store, card).asTuple().await().indefinitely();
        Answer<Store> storeAnswer = replies.getItem1();
        Answer<Scorecard> cardAnswer = replies.getItem2();
        StoreScore score = cardAnswer != null && cardAnswer.ok() && cardAnswer.value() != null
                ? StoreScore.of(cardAnswer.value(), s -> duration(s, ops)) : null;
        String problem = problem(storeAnswer.reply(), m);
        if (problem == null && cardAnswer != null) {
            problem = problem(cardAnswer.reply(), m);
        }
        return new One(period, code, storeAnswer.ok() ? storeAnswer.value() : null, score, problem);
    }

    /** A number of seconds as days, hours and minutes in the reader's words. */
    static String duration(long seconds, OpsMessages ops) {
        if (seconds < 60) {
            return ops.duration_under_minute();
        }
        long minutes = Math.max(0, seconds) / 60;
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return ops.duration_dh(days, hours);
        }
        return hours > 0 ? ops.duration_hm(hours, rest) : ops.duration_m(rest);
    }

    private static String problem(ServiceReply reply, PortalMessages m) {
        if (reply.ok()) {
            return null;
        }
        return reply.unavailable() ? m.service_unavailable(reply.service().label(m))
                : reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail());
    }
}
