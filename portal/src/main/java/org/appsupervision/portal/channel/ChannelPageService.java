package org.appsupervision.portal.channel;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.ModelLines;
import org.appsupervision.portal.api.appstore.Preinstallers;
import org.appsupervision.portal.api.appstore.Store;

/**
 * Reads the handset makers' preinstallations from appstore-service: one maker's model lines with their apps, and the
 * makers that preinstall one app.
 */
@ApplicationScoped
public class ChannelPageService {

    private final AppstoreApi appstore;

    public ChannelPageService(AppstoreApi appstore) {
        this.appstore = appstore;
    }

    /** One app a model line preinstalls. */
    public record App(String packageName, String appName) {
    }

    /** A model line (机型系列) and the apps it preinstalls. */
    public record ModelLine(String name, List<App> apps, Instant updatedAt) {
    }

    /** A handset maker's page: its registry entry (null if not readable), its model lines, and the problem if any. */
    public record Preinstallations(String code, Store store, List<ModelLine> modelLines, String problem) {

        /** The maker's name, or its code while the registry does not answer. */
        public String name() {
            return store == null || store.nameZh() == null ? code : store.nameZh();
        }

        public String kind() {
            return store == null ? null : store.kind() != null ? store.kind() : "APP_STORE";
        }
    }

    /** A maker that preinstalls an app, on which model lines. */
    public record Maker(String storeCode, String nameZh, String nameEn, List<String> modelLines) {
    }

    /** The makers preinstalling an app; {@code unavailable} when appstore-service could not tell. */
    public record PreinstalledBy(List<Maker> makers, boolean unavailable) {
    }

    public Preinstallations preinstallations(String code, PortalMessages m) {
        var replies = Uni.combine().all().unis(Answer.of(PortalService.APPSTORE, appstore.store(code)),
                Answer.of(PortalService.APPSTORE, appstore.modelLines(code))).asTuple().await().indefinitely();
        Answer<Store> store = replies.getItem1();
        Answer<ModelLines> lines = replies.getItem2();
        ModelLines read = lines.or(new ModelLines(List.of()));
        List<ModelLine> modelLines = (read.items() == null ? List.<ModelLines.Line>of() : read.items()).stream()
                .map(l -> new ModelLine(l.modelLine(), (l.apps() == null ? List.<ModelLines.App>of() : l.apps()).stream()
                        .map(a -> new App(a.packageName(), a.appName() != null ? a.appName() : a.packageName()))
                        .toList(), l.updatedAt()))
                .toList();
        String problem = problem(lines.reply(), m);
        if (problem == null) {
            problem = problem(store.reply(), m);
        }
        return new Preinstallations(code, store.ok() ? store.value() : null, modelLines, problem);
    }

    /** The handset makers that report preinstalling the app; a service that fails leaves the list unavailable. */
    public PreinstalledBy preinstalledBy(String packageName) {
        Answer<Preinstallers> answer = Answer.of(PortalService.APPSTORE, appstore.preinstallers(packageName))
                .await().indefinitely();
        if (!answer.ok()) {
            return new PreinstalledBy(List.of(), true);
        }
        Preinstallers read = answer.or(new Preinstallers(List.of()));
        return new PreinstalledBy((read.items() == null ? List.<Preinstallers.Maker>of() : read.items()).stream()
                .map(p -> new Maker(p.storeCode(), p.nameZh() != null ? p.nameZh() : p.storeCode(), p.nameEn(),
                        p.modelLines() == null ? List.of() : p.modelLines()))
                .toList(), false);
    }

    private static String problem(ServiceReply reply, PortalMessages m) {
        if (reply.ok()) {
            return null;
        }
        return reply.unavailable() ? m.service_unavailable(reply.service().label(m))
                : reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail());
    }
}
