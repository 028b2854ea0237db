package org.appsupervision.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.security.ForbiddenException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenScopeTest {

    static final String CODE = "91110108551385082Q";

    @Test
    void creditCodeIsTheClaimOfTheToken() {
        assertEquals(CODE, TokenScope.creditCode(Map.of(Roles.CREDIT_CODE_CLAIM, CODE)::get));
    }

    @Test
    void aClaimReadAsJsonStringLosesItsQuotes() {
        assertEquals(CODE, TokenScope.agencyCode(Map.of(Roles.AGENCY_CLAIM, "\"" + CODE + "\"")::get));
    }

    @Test
    void aMissingClaimIsForbidden() {
        assertThrows(ForbiddenException.class, () -> TokenScope.creditCode(Map.<String, Object>of()::get));
        assertThrows(ForbiddenException.class,
                () -> TokenScope.agencyCode(Map.of(Roles.CREDIT_CODE_CLAIM, CODE)::get));
    }

    @Test
    void aCodeWithAWrongCheckCharacterIsForbidden() {
        assertThrows(ForbiddenException.class,
                () -> TokenScope.creditCode(Map.of(Roles.CREDIT_CODE_CLAIM, "91110108551385082A")::get));
        assertThrows(ForbiddenException.class, () -> TokenScope.creditCode(Map.of(Roles.CREDIT_CODE_CLAIM, "short")::get));
    }
}
