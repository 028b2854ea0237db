package org.appsupervision.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void anAbsentOptionalKeyIsNoKeyAndAnAbsentRequiredOneIsRefused() {
        assertNull(IdempotencyKey.optional(null));
        ProblemException refused = assertThrows(ProblemException.class, () -> IdempotencyKey.required(null));
        assertEquals(ProblemTypes.VALIDATION, refused.type());
        assertEquals(List.of(new FieldError("Idempotency-Key", IdempotencyKey.REQUIRED)), refused.errors());
    }

    @Test
    void keysOfOneTo200PrintableCharactersAreAccepted() {
        for (String key : List.of("k", "k".repeat(200), "上传-2026-12-07", "a b", "密".repeat(200), "😀".repeat(200))) {
            assertEquals(key, IdempotencyKey.optional(key), key);
            assertEquals(key, IdempotencyKey.required(key), key);
        }
    }

    @Test
    void emptyBlankTooLongOrControlKeysAreRefusedAsValidationNamingTheHeader() {
        for (String key : List.of("", "   ", "k".repeat(201), "a\tb", "a\u007fb", "a\u0085b", "a\u200bb", "a\u2028b",
                "a\ud800b", "\u0000")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> IdempotencyKey.optional(key), key);
            assertEquals(ProblemTypes.VALIDATION, refused.type());
            assertEquals(List.of(new FieldError("Idempotency-Key", IdempotencyKey.MUST_BE)), refused.errors());
        }
    }

    @Test
    void theSameFingerprintReplaysTheRecordedAnswerAndAnotherIsUnprocessable() {
        assertEquals("first", IdempotencyKey.replay("k-1", "f1", "f1", () -> "first"));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> IdempotencyKey.replay("k-1", "f2", "f1", () -> "first"));
        assertEquals(ProblemTypes.UNPROCESSABLE, refused.type());
        assertEquals(422, refused.type().status());
        assertEquals(List.of(new FieldError("Idempotency-Key", IdempotencyKey.REUSED)), refused.errors());
    }
}
