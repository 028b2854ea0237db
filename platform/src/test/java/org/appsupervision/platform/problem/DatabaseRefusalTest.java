package org.appsupervision.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A write the database refuses for the data's integrity is a 409 problem that names no SQL, never a 500. */
class DatabaseRefusalTest {

    private final ProblemMappers mappers = new ProblemMappers();

    private static RuntimeException wrapped(String sqlState, String message) {
        // As Hibernate and Narayana hand it on: the JDBC exception a few causes down.
        return new IllegalStateException("commit failed",
                new RuntimeException("could not execute statement", new SQLException(message, sqlState)));
    }

    @Test
    void integrityViolationsAndTriggerRefusalsAreConflicts() {
        for (String state : new String[] {"23505", "23503", "23514", "23502", "23P01", "P0001"}) {
            Response response = mappers.unexpected(wrapped(state, "violates constraint \"notice_item_fkey\""), null);
            assertEquals(409, response.getStatus(), state);
            Problem problem = (Problem) response.getEntity();
            assertEquals(409, problem.status(), state);
            assertEquals("/problems/conflict", problem.type(), state);
            assertFalse(problem.detail().contains("notice_item_fkey"), "the detail names no table or constraint");
            assertTrue(problem.detail().contains("nothing was written"), problem.detail());
        }
    }

    @Test
    void otherDatabaseFailuresStayInternalErrors() {
        assertEquals(500, mappers.unexpected(wrapped("42P01", "relation does not exist"), null).getStatus());
        assertEquals(500, mappers.unexpected(new IllegalStateException("no SQL here"), null).getStatus());
    }
}
