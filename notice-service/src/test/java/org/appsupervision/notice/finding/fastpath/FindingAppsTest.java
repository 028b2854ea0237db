package org.appsupervision.notice.finding.fastpath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.appsupervision.notice.finding.fastpath.FindingApps.Chunk;
import org.appsupervision.notice.finding.line.FindingLine;
import org.junit.jupiter.api.Test;

/** The app list of a bulk write on its own, without a database: identity by package name bytes, content, chunks. */
class FindingAppsTest {

    @Test
    void holdsEachAppOnceAndTheFirstLineThatNamedItWins() {
        FindingApps apps = new FindingApps();
        apps.add(line("com.douban.frodo", "豆瓣", "北京豆网科技有限公司", "91110108551385082Q", "京ICP备05002222号-2A"));
        apps.add(line("com.douban.frodo", "豆瓣 2", "另一家公司", "9144030071526726XG", null));

        assertEquals(1, apps.size());
        assertEquals(List.of(List.of("com.douban.frodo", "豆瓣", "北京豆网科技有限公司", "91110108551385082Q",
                "京ICP备05002222号-2A")), apps.apps());
        assertEquals(Map.of("91110108551385082Q", "北京豆网科技有限公司", "9144030071526726XG", "另一家公司"),
                apps.operators());
    }

    @Test
    void findsAnAppByAPackageNameThatIsASliceOfABiggerBuffer() {
        FindingApps apps = new FindingApps();
        apps.add(line("com.tencent.mm", "微信", "深圳市腾讯计算机系统有限公司", "9144030071526726XG", null));
        byte[] buffer = "xx,com.tencent.mm,yy".getBytes(StandardCharsets.UTF_8);
        int hash = FindingApps.hash(buffer, 3, 17);

        assertEquals(FindingApps.hash("com.tencent.mm".getBytes(StandardCharsets.UTF_8), 0, 14), hash);
        assertTrue(apps.find(buffer, 3, 17, hash) >= 0);
        assertTrue(apps.find(buffer, 3, 16, FindingApps.hash(buffer, 3, 16)) < 0, "com.tencent.m is another app");
    }

    @Test
    void tellsWhetherALineRepeatsItsAppsRecordExactly() {
        FindingApps apps = new FindingApps();
        apps.add(line("com.tencent.mm", "微信", "深圳市腾讯计算机系统有限公司", "9144030071526726XG", " "));
        byte[] name = "com.tencent.mm".getBytes(StandardCharsets.UTF_8);
        int entry = apps.find(name, 0, name.length, FindingApps.hash(name, 0, name.length));
        FindingApps.Record same = new FindingApps.Record().field("微信").field("深圳市腾讯计算机系统有限公司")
                .field("9144030071526726XG").none();
        FindingApps.Record other = new FindingApps.Record().field("微信 ").field("深圳市腾讯计算机系统有限公司")
                .field("9144030071526726XG").none();

        assertTrue(apps.sameRecord(entry, same.bytes, same.length), "a blank filing number is stored as none");
        assertFalse(apps.sameRecord(entry, other.bytes, other.length));
    }

    @Test
    void aChunkHoldsOnlyTheAppsAndOperatorsAddedSinceTheLastOneAndDecodesThem() {
        FindingApps apps = new FindingApps();
        apps.add(line("com.a", "A", "甲公司", "91110108551385082Q", "京ICP备05002222号-2A"));
        Chunk first = apps.takeChunk();
        apps.add(line("com.a", "A", "甲公司", "91110108551385082Q", "京ICP备05002222号-2A"));
        apps.add(line("com.b", "B", "乙公司", "9144030071526726XG", null));
        assertEquals(1, apps.untaken());
        Chunk second = apps.takeChunk();

        assertArrayEquals(new String[] {"com.a"}, first.names());
        assertArrayEquals(new String[] {"com.b"}, second.names());
        assertArrayEquals(new String[][] {{"B", "乙公司", "9144030071526726XG", null}}, second.fields());
        assertEquals(List.of(List.of("9144030071526726XG", "乙公司")),
                second.operators().stream().map(Arrays::asList).toList());
        assertEquals(0, apps.untaken());
        assertEquals(0, apps.takeChunk().size());
    }

    @Test
    void keepsEveryAppInOrderWhileItsTableAndArenaGrow() {
        FindingApps apps = new FindingApps();
        int count = 20_000;
        for (int i = 0; i < count; i++) {
            apps.add(line("com.example.app" + i, "应用" + i, "甲公司", "91110108551385082Q", null));
        }

        assertEquals(count, apps.size());
        for (int i = 0; i < count; i += 997) {
            byte[] name = ("com.example.app" + i).getBytes(StandardCharsets.UTF_8);
            assertTrue(apps.find(name, 0, name.length, FindingApps.hash(name, 0, name.length)) >= 0, "app " + i);
        }
        String[] names = apps.takeChunk().names();
        assertEquals(count, names.length);
        assertEquals("com.example.app0", names[0]);
        assertEquals("com.example.app" + (count - 1), names[count - 1]);
    }

    private static FindingLine line(String packageName, String appName, String operator, String creditCode,
            String filingNumber) {
        return new FindingLine(packageName, appName, "1.0", "huawei", List.of("collect-beyond-scope"), null, null,
                "2021-10-20", operator, creditCode, filingNumber);
    }
}
