package org.appsupervision.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void theKindForAStatusAlwaysCarriesThatStatus() {
        for (int status = 400; status < 600; status++) {
            assertEquals(status, ProblemTypes.forStatus(status).status(), "status " + status);
        }
    }

    @Test
    void notAcceptableHasItsOwnKind() {
        assertEquals("/problems/not-acceptable", ProblemTypes.forStatus(406).uri());
        assertEquals("/problems/unsupported-media-type", ProblemTypes.forStatus(415).uri());
        assertEquals("/problems/http-418", ProblemTypes.forStatus(418).uri());
    }
}
