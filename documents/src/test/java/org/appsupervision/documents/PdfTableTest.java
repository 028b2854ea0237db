package org.appsupervision.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Tables in the PDF layout: broken between rows across pages, the heading row repeated, no cell lost. */
class PdfTableTest {

    static final List<String> HEADING = List.of("序号", "应用名称", "应用开发者", "应用来源", "应用版本", "所涉问题");
    final PdfLayout layout = new PdfLayout(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYiZenHei",
            "documents test");

    @Test
    void aLongTableContinuesOnNewPagesWithItsHeadingRowRepeated() throws Exception {
        StringBuilder marked = new StringBuilder("::title 关于下架侵害用户权益APP的通报\n::page\n::heading 附件1：名单\n::table ")
                .append(DocumentLines.cells(HEADING)).append('\n');
        for (int i = 1; i <= 120; i++) {
            marked.append("::row ").append(DocumentLines.cells(List.of(String.valueOf(i), "应用" + i + "号",
                    "某某科技有限公司第" + i + "分公司（一个很长的开发者名称，需要在单元格里折行显示）", "华为应用市场", "1.0." + i,
                    "违规收集个人信息、超范围收集个人信息、APP强制、频繁、过度索取权限"))).append('\n');
        }
        byte[] pdf = layout.layout("测试", "测试", marked.toString(), new GregorianCalendar());
        java.nio.file.Files.write(Path.of("target/table-sample.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 3, "pages: " + doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            List<Integer> seen = new ArrayList<>();
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertTrue(text.contains("应用开发者") && text.contains("所涉问题"), "heading row on page " + page);
                for (int i = 1; i <= 120; i++) {
                    if (text.contains("应用" + i + "号")) {
                        seen.add(i);
                    }
                }
            }
            assertEquals(120, seen.stream().distinct().count());
            assertEquals(120, seen.size(), "no row is cut in two and shown on two pages");
        }
    }

    @Test
    void cellsCannotBreakTheirRowOrStartAMark() {
        String line = DocumentLines.cells(java.util.Arrays.asList("a\tb", "::row x", "c\nd", null));
        assertEquals(List.of("a b", " ::row x", "c d", ""), DocumentLines.split(line));
        assertEquals(DocumentLines.Style.ROW, DocumentLines.parse("::row " + line).get(0).style());
    }
}
