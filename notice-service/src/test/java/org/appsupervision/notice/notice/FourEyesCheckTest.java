package org.appsupervision.notice.notice;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class FourEyesCheckTest {

    static Notice draftedBy(String drafter) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.draftedBy = drafter;
        return notice;
    }

    @Test
    void rejectsApprovalByTheDrafter() {
        assertThrows(ProblemException.class, () -> FourEyesCheck.requireNoAuthor(draftedBy("wang"), "wang"));
    }

    @Test
    void rejectsApprovalByTheDrafterAfterAColleagueEditedTheNotice() {
        Notice notice = draftedBy("wang");
        notice.shapedBy("zhou");
        assertEquals("wang", notice.draftedBy);
        assertThrows(ProblemException.class, () -> FourEyesCheck.requireNoAuthor(notice, "wang"));
    }

    @Test
    void rejectsApprovalByAnyEditor() {
        Notice notice = draftedBy("wang");
        notice.shapedBy("zhou");
        notice.shapedBy("chen");
        assertThrows(ProblemException.class, () -> FourEyesCheck.requireNoAuthor(notice, "zhou"));
        assertThrows(ProblemException.class, () -> FourEyesCheck.requireNoAuthor(notice, "chen"));
    }

    @Test
    void allowsApprovalBySomeoneWhoNeverShapedTheContent() {
        Notice notice = draftedBy("wang");
        notice.shapedBy("zhou");
        assertDoesNotThrow(() -> FourEyesCheck.requireNoAuthor(notice, "li"));
    }

    @Test
    void namesEachAuthorOnceWithTheDrafterFirst() {
        Notice notice = draftedBy("wang");
        notice.shapedBy("wang");
        notice.shapedBy("zhou");
        notice.shapedBy("zhou");
        notice.shapedBy("chen");
        assertEquals(List.of("zhou", "chen"), notice.editors);
        assertEquals(List.of("wang", "zhou", "chen"), notice.authors());
    }
}
