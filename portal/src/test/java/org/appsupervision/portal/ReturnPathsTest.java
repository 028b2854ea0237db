package org.appsupervision.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Only a path of this site is a return path; anything that could leave the site becomes the dashboard. */
class ReturnPathsTest {

    @Test
    void keepsLocalPathsWithTheirQuery() {
        assertEquals("/portal/notices?status=DRAFT", ReturnPaths.safe("/portal/notices?status=DRAFT"));
        assertEquals("/notices/abc", ReturnPaths.safe("/notices/abc"));
    }

    @Test
    void replacesWhatCouldLeaveTheSite() {
        for (String foreign : new String[] {null, "", "portal", "//evil.example", "/\\evil.example", "https://evil.example/",
                "javascript:alert(1)", "/ok\r\nSet-Cookie: x=1", "/%0d%0a", "/a b"}) {
            String expected = "/%0d%0a".equals(foreign) ? foreign : ReturnPaths.HOME;
            assertEquals(expected, ReturnPaths.safe(foreign), String.valueOf(foreign));
        }
    }
}
