package org.appsupervision.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BureauScopeTest {

    private static final Function<String, ?> GUANGDONG = Map.of(Roles.PROVINCE_CLAIM, "44")::get;
    private static final Function<String, ?> NO_PROVINCE = Map.<String, Object>of()::get;

    private static SecurityIdentity user(String... roles) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("u")).addRoles(Set.of(roles))
                .build();
    }

    @Test
    void officialsWriteEveryProvinceAndABureauOfficerItsOwn() {
        assertEquals(BureauScope.MINISTRY, BureauScope.of(user(Roles.OFFICIAL), NO_PROVINCE));
        BureauScope bureau = BureauScope.of(user(Roles.BUREAU), GUANGDONG);
        assertEquals("44", bureau.provinceCode());
        assertTrue(bureau.mayWrite("44"));
        assertFalse(bureau.mayWrite("11"));
        assertFalse(bureau.mayWrite(null));
        assertTrue(bureau.mayChangeRegistryOf("44"));
        assertFalse(bureau.mayChangeRegistryOf("11"));
    }

    @Test
    void nobodyElseWritesAndABureauTokenWithoutAProvinceIsForbidden() {
        assertThrows(ForbiddenException.class, () -> BureauScope.of(user(Roles.APPROVER), GUANGDONG));
        assertThrows(ForbiddenException.class, () -> BureauScope.of(user(Roles.BUREAU), NO_PROVINCE));
        assertThrows(ForbiddenException.class,
                () -> BureauScope.of(user(Roles.BUREAU), Map.of(Roles.PROVINCE_CLAIM, "guangdong")::get));
        assertThrows(ForbiddenException.class, () -> BureauScope.reading(user(Roles.BUREAU), NO_PROVINCE));
        assertThrows(ForbiddenException.class, () -> BureauScope.actingAsBureau(user(Roles.BUREAU), NO_PROVINCE));
    }

    @Test
    void aBureauReaderSeesTheMinistrysWorkAndItsOwnAndMinistryStaffSeeAll() {
        BureauScope bureau = BureauScope.reading(user(Roles.BUREAU), GUANGDONG);
        assertTrue(bureau.mayRead("44"));
        assertTrue(bureau.mayRead(null));
        assertFalse(bureau.mayRead("11"));
        assertEquals("44", bureau.readerProvince());
        for (String role : new String[] {Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN}) {
            assertTrue(BureauScope.reading(user(role, Roles.BUREAU), GUANGDONG).isMinistry(), role);
        }
    }

    @Test
    void onBureauCasesTheBureauRoleAlwaysLimitsToItsProvince() {
        assertEquals("44", BureauScope.actingAsBureau(user(Roles.BUREAU, Roles.AUDITOR), GUANGDONG).provinceCode());
        assertTrue(BureauScope.actingAsBureau(user(Roles.AUDITOR), NO_PROVINCE).isMinistry());
        assertEquals("44", BureauScope.actingAsBureau(user(Roles.BUREAU),
                Map.of(Roles.PROVINCE_CLAIM, "\"44\"")::get).provinceCode());
    }
}
