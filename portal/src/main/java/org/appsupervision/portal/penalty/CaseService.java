package org.appsupervision.portal.penalty;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.WholeLists;
import org.appsupervision.portal.api.penalty.CaseStep;
import org.appsupervision.portal.api.penalty.LegalBasis;
import org.appsupervision.portal.api.penalty.PenaltyApi;
import org.appsupervision.portal.api.penalty.PenaltyCase;
import org.appsupervision.portal.ops.OpsMessages;
import org.appsupervision.platform.security.Roles;

/**
 * Reads penalty cases, their deadlines, history and the legal bases from penalty-service with the
 * viewer's token (so a bureau sees its own province only) and passes the officers' steps on to it, through the
 * typed {@link PenaltyApi}.
 */
@ApplicationScoped
public class CaseService {

    static final List<String> STAGES = List.of("FILED", "INVESTIGATION", "REVIEW", "PRIOR_NOTICE", "HEARING",
            "DECISION_PROPOSED", "DECIDED", "EXECUTION", "CLOSED");

    private final PenaltyApi penalty;

    public CaseService(PenaltyApi penalty) {
        this.penalty = penalty;
    }

    public PenaltyViews.CaseList list(String stage, Viewer viewer, PortalMessages m, OpsMessages ops) {
        String wanted = stage != null && STAGES.contains(stage) ? stage : null;
        Answer<List<PenaltyCase>> cases = WholeLists.<PenaltyCase>of(PortalService.PENALTY,
                (limit, after) -> penalty.cases(wanted, limit, after)).await().indefinitely();
        List<PenaltyViews.CaseLine> lines = cases.or(List.of()).stream().map(c -> line(c, ops)).toList();
        List<PenaltyViews.StageGroup> groups = new ArrayList<>();
        for (String s : STAGES) {
            List<PenaltyViews.CaseLine> of = lines.stream().filter(l -> s.equals(l.stage()))
                    .sorted(Comparator.comparing((PenaltyViews.CaseLine l) -> l.next() == null ? LocalDate.MAX : l.next().dueDate()))
                    .toList();
            if (!of.isEmpty()) {
                groups.add(new PenaltyViews.StageGroup(s, stageLabel(s, ops), of));
            }
        }
        int overdue = (int) lines.stream().filter(PenaltyViews.CaseLine::overdue).count();
        return new PenaltyViews.CaseList(groups, wanted, lines.size(), overdue, problem(cases.reply(), m));
    }

    public PenaltyViews.CasePage page(UUID id, Viewer viewer, PortalMessages m, OpsMessages ops, Failure failure,
            String done) {
        Uni<Answer<PenaltyCase>> one = Answer.of(PortalService.PENALTY, penalty.penaltyCase(id));
        Uni<Answer<List<CaseStep>>> history = Answer.of(PortalService.PENALTY, penalty.history(id));
        Uni<Answer<List<LegalBasis>>> bases = Answer.of(PortalService.PENALTY, penalty.legalBases());
        var replies = Uni.combine().all().unis(one, history, bases).asTuple().await().indefinitely();
        if (!replies.getItem1().ok()) {
            return null;
        }
        PenaltyCase c = replies.getItem1().value();
        String stage = c.stage();
        List<PenaltyViews.Deadline> deadlines = listOf(c.deadlines()).stream().map(PenaltyViews.Deadline::of).toList();
        List<PenaltyViews.Step> steps = replies.getItem2().or(List.of()).stream()
                .map(s -> new PenaltyViews.Step(s.action(), s.fromStage(), s.toStage(), s.actor(), s.at(), s.note()))
                .toList();
        boolean serious = c.serious();
        List<PenaltyViews.Cap> caps = replies.getItem3().or(List.of()).stream().map(b -> cap(b, serious)).toList();
        Failure f = failure == null ? Failure.NONE : failure;
        String problem = f.problem();
        if (problem == null && !replies.getItem3().ok()) {
            problem = problem(replies.getItem3().reply(), m);
        }
        return new PenaltyViews.CasePage(id, c, stageLabel(stage, ops), deadlines, steps, caps, CaseSteps.offeredAt(stage),
                viewer.has(Roles.BUREAU), problem, f.step(), f.fieldErrors(), f.entered(), done);
    }

    /** What the case page says about a refused step: the step, the problem, the fields at fault, what was typed. */
    public record Failure(String step, String problem, Map<String, String> fieldErrors, Map<String, String> entered) {
        static final Failure NONE = new Failure(null, null, Map.of(), Map.of());
    }

    /** Sends a step to penalty-service; null when it was taken, otherwise what the page shows. */
    public Failure step(UUID id, String step, Map<String, String> form, Viewer viewer, PortalMessages m, OpsMessages ops) {
        List<String> bad = CaseSteps.badAmounts(form);
        if (!bad.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            bad.forEach(f -> errors.put(f, ops.amount_invalid()));
            return new Failure(step, ops.form_has_errors(), errors, form);
        }
        String body = CaseSteps.body(step, form).encode();
        Answer<PenaltyCase> taken = Answer.of(PortalService.PENALTY, "decision/approval".equals(step)
                ? penalty.approveDecision(id, body) : penalty.step(id, step, body)).await().indefinitely();
        if (taken.ok()) {
            return null;
        }
        ServiceReply reply = taken.failure();
        if (reply.unavailable()) {
            return new Failure(step, m.service_unavailable(reply.service().label(m)), Map.of(), form);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        reply.problem().fieldErrors().forEach((field, message) -> errors.merge(simpleName(field), message, (a, b) -> a + "; " + b));
        String type = reply.problem().type();
        if (type.endsWith("/outside-penalty-range") || type.endsWith("/heavier-than-prior-notice")) {
            errors.put("fine", reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail()));
        } else if (type.endsWith("/unverified-legal-basis")) {
            errors.put("legalBasis", reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail()));
        }
        return new Failure(step, problem(reply, m), errors, form);
    }

    private static PenaltyViews.CaseLine line(PenaltyCase c, OpsMessages ops) {
        List<PenaltyViews.Deadline> open = listOf(c.deadlines()).stream().map(PenaltyViews.Deadline::of)
                .filter(PenaltyViews.Deadline::open).sorted(Comparator.comparing(PenaltyViews.Deadline::dueDate)).toList();
        return new PenaltyViews.CaseLine(c.id(), c.caseNumber(), c.bureauName(), c.subjectName(), c.stage(),
                stageLabel(c.stage(), ops), c.filedOn(), open.isEmpty() ? null : open.get(0),
                open.stream().anyMatch(PenaltyViews.Deadline::overdue));
    }

    private static PenaltyViews.Cap cap(LegalBasis b, boolean serious) {
        return new PenaltyViews.Cap(b.code(), b.citation(), b.verified(), b.effectiveFrom(), b.effectiveTo(),
                listOf(serious ? b.seriousPenalties() : b.ordinaryPenalties()),
                serious ? b.seriousFineCap() : b.ordinaryFineCap(), serious ? b.seriousTurnoverPercent() : null,
                b.gainsMultipleMin(), b.gainsMultipleMax(), serious ? b.personMinSerious() : b.personMinOrdinary(),
                serious ? b.personMaxSerious() : b.personMaxOrdinary());
    }

    public static String stageLabel(String stage, OpsMessages ops) {
        return switch (stage == null ? "" : stage) {
            case "FILED" -> ops.stage_filed();
            case "INVESTIGATION" -> ops.stage_investigation();
            case "REVIEW" -> ops.stage_review();
            case "PRIOR_NOTICE" -> ops.stage_prior_notice();
            case "HEARING" -> ops.stage_hearing();
            case "DECISION_PROPOSED" -> ops.stage_decision_proposed();
            case "DECIDED" -> ops.stage_decided();
            case "EXECUTION" -> ops.stage_execution();
            case "CLOSED" -> ops.stage_closed();
            default -> stage;
        };
    }

    private static String simpleName(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }


    static String problem(ServiceReply reply, PortalMessages m) {
        if (reply.ok()) {
            return null;
        }
        return reply.unavailable() ? m.service_unavailable(reply.service().label(m))
                : reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail());
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
