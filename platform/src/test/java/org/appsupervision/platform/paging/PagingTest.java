package org.appsupervision.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aCursorReadsBackItsKeys() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2021-12-09T08:00:00Z");
        Cursor cursor = Cursor.decode("proposals", Cursor.encode("proposals", at, "广东|x", null, id));
        assertEquals(at, cursor.instant(0));
        assertEquals("广东|x", cursor.text(1));
        assertTrue(cursor.isNull(2));
        assertEquals(id, cursor.uuid(3));
    }

    @Test
    void aCursorOfAnotherListIsRefusedNamingAfter() {
        String cases = Cursor.encode("cases", Instant.now(), UUID.randomUUID());
        ProblemException refused = assertThrows(ProblemException.class, () -> Cursor.decode("proposals", cases));
        assertEquals(400, refused.type().status());
        assertEquals("after", refused.errors().get(0).field());
    }

    @Test
    void malformedCursorsAreRefusedNotFailed() {
        String notJson = Base64.getUrlEncoder().encodeToString("nope".getBytes(StandardCharsets.UTF_8));
        String wrongShape = Base64.getUrlEncoder().encodeToString("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        String numberKey = Base64.getUrlEncoder().encodeToString("[\"x\",1]".getBytes(StandardCharsets.UTF_8));
        for (String raw : List.of("!!!", "%%", notJson, wrongShape, numberKey, "a".repeat(5000), "")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> Cursor.decode("x", raw).uuid(0),
                    raw);
            assertEquals("after", refused.errors().get(0).field());
        }
        Cursor text = Cursor.decode("x", Cursor.encode("x", "not-a-time"));
        assertThrows(ProblemException.class, () -> text.instant(0));
        assertThrows(ProblemException.class, () -> text.uuid(1));
    }

    @Test
    void limitDefaultsAndOutOfRangeNamesTheParameter() {
        assertEquals(PageRequest.DEFAULT_LIMIT, PageRequest.of(null, null).limit());
        assertEquals(PageRequest.MAX_LIMIT, PageRequest.of(PageRequest.MAX_LIMIT, null).limit());
        for (int bad : new int[] {0, -1, PageRequest.MAX_LIMIT + 1}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> PageRequest.of(bad, null).limit());
            assertEquals("limit", refused.errors().get(0).field());
        }
        assertNull(PageRequest.of(1, "").after("x"));
    }

    @Test
    void aPageHasANextCursorOnlyWhenARowMoreWasRead() {
        Page<String> more = Page.of(List.of(1, 2, 3), 2, n -> "c" + n, n -> "row" + n);
        assertEquals(List.of("row1", "row2"), more.rows());
        assertEquals("c2", more.next());
        Page<String> last = Page.of(List.of(1, 2), 2, n -> "c" + n, n -> "row" + n);
        assertNull(last.next());
    }

    @Test
    void theNextLinkKeepsTheOtherParametersAndIsRelative() {
        String link = Paged.nextLink(URI.create("http://127.0.0.1:8083/api/penalty/proposals?noticeId=a%20b&limit=1"
                + "&after=old"), "new-cursor");
        assertEquals("/api/penalty/proposals?noticeId=a%20b&limit=1&after=new-cursor", link);
        assertEquals("/api/x?after=c", Paged.nextLink(URI.create("http://h/api/x"), "c"));
    }
}
