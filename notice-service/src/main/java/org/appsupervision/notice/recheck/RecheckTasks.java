package org.appsupervision.notice.recheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.appsupervision.notice.agency.AgencyRepository;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Opens a re-check task for a submitted report or, by an official, for an item without one (assigned by the rule), sets the rule, and reassigns open tasks; every
 * change lands in the audit trail through the tables' triggers, with the acting user.
 */
@ApplicationScoped
public class RecheckTasks {

    private final RecheckTaskRepository tasks;
    private final RecheckAssignment assignment;
    private final AgencyRepository agencies;

    public RecheckTasks(RecheckTaskRepository tasks, RecheckAssignment assignment, AgencyRepository agencies) {
        this.tasks = tasks;
        this.assignment = assignment;
        this.agencies = agencies;
    }

    /** Opens the task of a report just submitted, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RecheckTask open(UUID reportId, UUID itemId, String operatorProvince) {
        return open(reportId, null, itemId, operatorProvince);
    }

    /** Opens an official's task for an item without a report (an SDK item), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RecheckTask openByOfficial(UUID itemId, String partyProvince, String official) {
        return open(null, official, itemId, partyProvince);
    }

    private RecheckTask open(UUID reportId, String official, UUID itemId, String operatorProvince) {
        if (tasks.openFor(itemId)) {
            throw ProblemException.conflict("A re-check of item " + itemId + " is under way; wait for its result");
        }
        RecheckAssignment.Choice choice = assignment.choose(operatorProvince);
        RecheckTask task = new RecheckTask();
        task.id = UUID.randomUUID();
        task.reportId = reportId;
        task.openedBy = official;
        task.itemId = itemId;
        task.operatorProvinceCode = operatorProvince;
        task.agencyCode = choice.agencyCode();
        task.assignedBy = choice.rule();
        task.assignmentReason = choice.reason();
        task.createdAt = Instant.now();
        task.assignedAt = task.createdAt;
        task.status = RecheckTask.Status.OPEN;
        tasks.persist(task);
        return task;
    }

    @Transactional
    public AssignmentRuleView rule() {
        return AssignmentRuleView.of(tasks.getEntityManager().find(AssignmentRule.class, 1));
    }

    @Transactional
    public AssignmentRuleView setRule(AssignmentRule.Kind kind, String official) {
        AssignmentRule rule = tasks.getEntityManager().find(AssignmentRule.class, 1);
        rule.rule = kind;
        rule.setBy = official;
        rule.setAt = Instant.now();
        return AssignmentRuleView.of(rule);
    }

    /** Moves an open task to another active agency; the former agency can no longer see or complete it. */
    @Transactional
    public void reassign(UUID taskId, ReassignRequest request, String official) {
        RecheckTask task = tasks.findByIdOptional(taskId)
                .orElseThrow(() -> ProblemException.notFound("Re-check task", taskId));
        if (agencies.findByIdOptional(request.agencyCode()).filter(a -> a.active).isEmpty()) {
            throw ProblemException.invalid(java.util.List.of(new org.appsupervision.platform.problem.Problem.FieldError(
                    "agencyCode", "names no active testing agency")));
        }
        if (task.status != RecheckTask.Status.OPEN) {
            throw ProblemException.conflict("Re-check task " + taskId + " is completed; it cannot be reassigned");
        }
        if (task.agencyCode.equals(request.agencyCode())) {
            throw ProblemException.conflict("Re-check task " + taskId + " is assigned to " + task.agencyCode + " already");
        }
        task.agencyCode = request.agencyCode();
        task.assignedBy = official;
        task.assignmentReason = request.reason().strip();
        task.assignedAt = Instant.now();
    }
}
