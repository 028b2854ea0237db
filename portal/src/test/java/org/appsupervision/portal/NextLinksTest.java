package org.appsupervision.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NextLinksTest {

    @Test
    void theNextTargetAndItsCursorAreReadFromTheLinkHeader() {
        String link = "</api/penalty/proposals?noticeId=x&limit=1000&after=WyJwcm9wb3NhbHMiXQ>; rel=\"next\"";
        assertEquals("/api/penalty/proposals?noticeId=x&limit=1000&after=WyJwcm9wb3NhbHMiXQ", NextLinks.target(link));
        assertEquals("WyJwcm9wb3NhbHMiXQ", NextLinks.after(NextLinks.target(link)));
    }

    @Test
    void aLinkToAnotherHostOrWithoutNextIsNotFollowed() {
        assertNull(NextLinks.target(null));
        assertNull(NextLinks.target("</api/x?after=1>; rel=\"prev\""));
        assertNull(NextLinks.target("<https://elsewhere.example/api/x?after=1>; rel=\"next\""));
        assertNull(NextLinks.target("<//elsewhere.example/api/x>; rel=\"next\""));
    }

    @Test
    void theLargestPageIsAskedUnlessTheCallerChoseALimit() {
        assertEquals("/api/notices?limit=1000", NextLinks.withLimit("/api/notices", 1000));
        assertEquals("/api/findings?batchId=b&limit=1000", NextLinks.withLimit("/api/findings?batchId=b", 1000));
        assertEquals("/api/notices?limit=5", NextLinks.withLimit("/api/notices?limit=5", 1000));
    }
}
