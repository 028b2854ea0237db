package org.appsupervision.events.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommunicationAdministrationsTest {

    @Test
    void everyMainlandProvinceHasItsBureauAndNoOtherRegionDoes() {
        assertEquals(31, CommunicationAdministrations.provincial().size());
        assertTrue(CommunicationAdministrations.hasBureau("44"));
        assertEquals("广东省通信管理局", CommunicationAdministrations.bureauOf("44").orElseThrow());
        for (String region : new String[] {"71", "81", "82", "00", "99", null}) {
            assertFalse(CommunicationAdministrations.hasBureau(region), region);
        }
    }
}
