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

/**
 * The annexes of a notice as CSV (UTF-8 with a byte-order mark, for spreadsheet programs; a first column names the
 * annex, rows are numbered within it) and XLSX (a sheet per annex, its heading above the table).
 */
public final class NoticeTable {

    public static final List<String> COLUMNS = List.of("序号", "应用名称", "应用开发者", "应用来源", "应用版本", "所涉问题");
    public static final String ANNEX_COLUMN = "附件";
    /** The columns of the SDKs' table of the document, after the apps' annexes. */
    public static final List<String> SDK_COLUMNS = List.of("序号", "SDK名称", "第三方服务提供者", "SDK版本", "所涉问题");

    private NoticeTable() {
    }

    public static byte[] csv(List<PublicNoticeView.Annex> annexes) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(ANNEX_COLUMN).append(',')
                .append(String.join(",", COLUMNS)).append("\r\n");
        for (PublicNoticeView.Annex annex : annexes) {
            String name = quote(annex.label() + " " + annex.heading());
            for (PublicNoticeView.Row row : annex.rows()) {
                csv.append(name).append(',').append(row.number()).append(',').append(quote(row.appName())).append(',')
                        .append(quote(row.developer())).append(',').append(quote(row.source())).append(',')
                        .append(quote(row.version())).append(',').append(quote(row.problems())).append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(String title, List<PublicNoticeView.Annex> annexes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (PublicNoticeView.Annex annex : annexes) {
                sheet(workbook.createSheet(annex.label()), bold, annex.label() + " " + annex.heading(), annex.rows());
            }
            if (annexes.isEmpty()) {
                sheet(workbook.createSheet("附件"), bold, title, List.of());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, CellStyle bold, String heading, List<PublicNoticeView.Row> rows) {
        sheet.createRow(0).createCell(0).setCellValue(heading);
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
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
