package org.appsupervision.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.appsupervision.platform.problem.Problem;
import org.junit.jupiter.api.Test;

class InputFaultsTest {

    private final List<Problem.FieldError> malformed = new ArrayList<>();
    private final List<Problem.FieldError> invalid = new ArrayList<>();

    @Test
    void acceptsAnOrdinaryQueryString() {
        InputFaults.inEncodedPairs("app=%E5%BE%AE%E4%BF%A1&page=0&flag&empty=&op=a+b", "query parameter", malformed, invalid);
        assertTrue(malformed.isEmpty());
        assertTrue(invalid.isEmpty());
    }

    @Test
    void namesTheParameterWhoseTextIsRefused() {
        InputFaults.inEncodedPairs("page=0&app=a%00b&operator=%ED%A0%80", "query parameter", malformed, invalid);
        assertEquals(List.of("app"), invalid.stream().map(Problem.FieldError::field).toList());
        assertEquals(List.of("operator"), malformed.stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void neverEchoesANameThatIsItselfRefusedOrUnreadable() {
        InputFaults.inEncodedPairs("a%00=1&%zz=2", "field", malformed, invalid);
        assertEquals(List.of("field"), invalid.stream().map(Problem.FieldError::field).toList());
        assertEquals(List.of("field"), malformed.stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void cutsLongNames() {
        InputFaults.inEncodedPairs("x".repeat(500) + "=%00", "field", malformed, invalid);
        assertTrue(invalid.get(0).field().length() < 70);
    }
}
