package org.appsupervision.notice.publicnotice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The attachment table of a notice as CSV (UTF-8 with a byte-order mark, for spreadsheet programs) and XLSX. */
public final class NoticeTable {

    public static final List<String> COLUMNS = List.of("序号", "应用名称", "应用开发者", "应用来源", "应用版本", "所涉问题");

    private NoticeTable() {
    }

    public static byte[] csv(List<PublicNoticeView.Row> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
        for (PublicNoticeView.Row row : rows) {
            csv.append(row.number()).append(',').append(quote(row.appName())).append(',').append(quote(row.developer()))
                    .append(',').append(quote(row.source())).append(',').append(quote(row.version())).append(',')
                    .append(quote(row.problems())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(String title, List<PublicNoticeView.Row> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("附件");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row header = sheet.createRow(1);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                PublicNoticeView.Row row = rows.get(r);
                Row line = sheet.createRow(r + 2);
                line.createCell(0).setCellValue(row.number());
                line.createCell(1).setCellValue(row.appName());
                line.createCell(2).setCellValue(row.developer());
                line.createCell(3).setCellValue(row.source());
                line.createCell(4).setCellValue(row.version() == null ? "" : row.version());
                line.createCell(5).setCellValue(row.problems());
            }
            int[] widths = {8, 24, 36, 20, 16, 48};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
