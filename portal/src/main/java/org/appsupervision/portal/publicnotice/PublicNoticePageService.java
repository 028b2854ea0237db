package org.appsupervision.portal.publicnotice;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.notice.NoticeApi;
import org.appsupervision.portal.api.notice.PublicNoticeApi;

/** Searches and reads published notices through notice-service's public API, for everyone. */
@ApplicationScoped
public class PublicNoticePageService {

    static final Set<String> KINDS = Set.of("RECTIFICATION", "RECHECK", "TAKEDOWN");
    static final int PAGE_SIZE = 20;

    private final PublicNoticeApi published;
    private final NoticeApi notices;

    public PublicNoticePageService(PublicNoticeApi published, NoticeApi notices) {
        this.published = published;
        this.notices = notices;
    }

    /** A published notice, its problem or outage as a failure text, or empty when it does not exist (or is no longer public). */
    public record Read(NoticeDocument document, String failure) {
    }

    public NoticeSearch search(NoticeSearch.Criteria asked, Viewer viewer, PortalMessages m) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkDate(asked.from(), "from", errors, m);
        checkDate(asked.to(), "to", errors, m);
        if (asked.kind() != null && !asked.kind().isEmpty() && !KINDS.contains(asked.kind())) {
            errors.put("kind", m.search_invalid_kind());
        }
        List<NoticeSearch.ProblemKind> kinds = problemKinds(viewer);
        if (!errors.isEmpty()) {
            return new NoticeSearch(asked, null, kinds, errors, null);
        }
        Answer<NoticeSearch.Results> answer = Answer.of(PortalService.NOTICE, published.notices(asked.page(), PAGE_SIZE,
                given(asked.app()), given(asked.operator()), given(asked.problem()), given(asked.from()),
                given(asked.to()), given(asked.kind()))).await().indefinitely();
        if (!answer.ok()) {
            return new NoticeSearch(asked, null, kinds, fieldErrors(answer.reply()), failure(answer.reply(), m));
        }
        return new NoticeSearch(asked, answer.value(), kinds, Map.of(), null);
    }

    public Optional<Read> read(UUID id, PortalMessages m) {
        Answer<NoticeDocument> answer = Answer.of(PortalService.NOTICE, published.notice(id)).await().indefinitely();
        if (answer.reply().status() == 404) {
            return Optional.empty();
        }
        if (!answer.ok()) {
            return Optional.of(new Read(null, failure(answer.reply(), m)));
        }
        return Optional.of(new Read(answer.value(), null));
    }

    /** The problem kinds to choose from: notice-service lists them to logged-in readers only. */
    private List<NoticeSearch.ProblemKind> problemKinds(Viewer viewer) {
        if (viewer == null) {
            return List.of();
        }
        return Answer.of(PortalService.NOTICE, notices.problemKinds()).await().indefinitely().or(List.of()).stream()
                .map(k -> new NoticeSearch.ProblemKind(k.code(), k.labelZh() != null ? k.labelZh() : k.code()))
                .toList();
    }

    private static void checkDate(String value, String field, Map<String, String> errors, PortalMessages m) {
        if (value == null || value.isEmpty()) {
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, m.search_invalid_date());
        }
    }

    private static Map<String, String> fieldErrors(ServiceReply reply) {
        return reply.problem() == null ? Map.of() : reply.problem().fieldErrors();
    }

    private static String failure(ServiceReply reply, PortalMessages m) {
        return reply.unavailable() ? m.service_unavailable(reply.service().label(m)) : reply.problem().title();
    }

    /** A criterion as sent: left out when empty. */
    private static String given(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
