import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.documents.DemoCertificateAuthority;
import org.appsupervision.documents.DocumentIssuer;
import org.appsupervision.penalty.document.DocumentRenderer;
import org.appsupervision.documents.PadesSigner;
import org.appsupervision.documents.PdfLayout;
import org.appsupervision.documents.SigningKey;
import org.appsupervision.penalty.legalbasis.PenaltyItem;
import org.appsupervision.penalty.legalbasis.PenaltyType;

/**
 * How long penalty-service takes to issue a decision: render the Qute template, lay it out as PDF/A-2b with the
 * Chinese font subset embedded, and sign it PAdES with a bureau's key (demo EC P-256), one thread, no database.
 *
 * Run from the repository root: bench/penalty-pdf/run.sh [decisions]
 */
public class DocumentSigningBench {

    public static void main(String[] args) {
        int decisions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long began = System.nanoTime();
        DocumentIssuer issuer = new DocumentIssuer(new PdfLayout(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
                "WenQuanYiZenHei", "bench"), new PadesSigner());
        SigningKey key = new DemoCertificateAuthority().issue("11", "北京市通信管理局");
        System.out.printf("setup (font, demo CA, bureau key): %,d ms%n", (System.nanoTime() - began) / 1_000_000);
        long first = System.nanoTime();
        int size = issue(issuer, key, 0).pdf().length;
        System.out.printf("first decision (cold JVM): %,d ms, %,d bytes%n", (System.nanoTime() - first) / 1_000_000, size);
        for (int round = 1; round <= 2; round++) {
            long one = System.nanoTime();
            issue(issuer, key, round);
            System.out.printf("one decision (after %d): %.1f ms%n", round, (System.nanoTime() - one) / 1e6);
        }
        long all = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < decisions; i++) {
            bytes += issue(issuer, key, i).pdf().length;
        }
        long elapsed = System.nanoTime() - all;
        System.out.printf("%,d decisions rendered and signed in %,d ms (%.1f ms each, %.0f per second), %,d bytes on average%n",
                decisions, elapsed / 1_000_000, elapsed / 1e6 / decisions, decisions / (elapsed / 1e9), bytes / decisions);
        phases(decisions, key);
    }

    /** Where the time of one decision goes: the template, the PDF/A layout with the font subset, the signature. */
    private static void phases(int decisions, SigningKey key) {
        PdfLayout layout = new PdfLayout(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYiZenHei", "bench");
        PadesSigner signer = new PadesSigner();
        java.util.Calendar when = java.util.Calendar.getInstance();
        long render = 0;
        long lay = 0;
        long sign = 0;
        for (int i = 0; i < decisions; i++) {
            long t0 = System.nanoTime();
            String marked = marked(i);
            long t1 = System.nanoTime();
            byte[] unsigned = layout.layout("行政处罚决定书", "北京市通信管理局", marked, when);
            long t2 = System.nanoTime();
            signer.sign(unsigned, key, "北京市通信管理局", "行政处罚决定书", when);
            long t3 = System.nanoTime();
            render += t1 - t0;
            lay += t2 - t1;
            sign += t3 - t2;
        }
        System.out.printf("per decision over %,d: template %.2f ms, PDF/A layout and font subset %.1f ms, PAdES signature %.1f ms%n",
                decisions, render / 1e6 / decisions, lay / 1e6 / decisions, sign / 1e6 / decisions);
    }

    private static DocumentIssuer.Issued issue(DocumentIssuer issuer, SigningKey key, int i) {
        return issuer.issue(marked(i), "行政处罚决定书", "京通罚〔2026〕" + i + "号", "北京市通信管理局", key, Instant.now());
    }

    private static String marked(int i) {
        DocumentRenderer.CaseFacts facts = new DocumentRenderer.CaseFacts("北京市通信管理局", "京通案〔2026〕" + i + "号",
                "北京某科技有限公司" + i, "91110108551385082Q", "北京市朝阳区某路" + i + "号",
                "该公司运营的应用超范围收集个人信息、强制索取权限，经工业和信息化部通报后逾期未整改。",
                "经检测机构复核确认，应用在用户拒绝授权后仍频繁申请通讯录、位置等权限。");
        String number = "京通罚〔2026〕" + i + "号";
        return DocumentRenderer.decision(facts, number, LocalDate.of(2026, 3, 2),
                "《中华人民共和国个人信息保护法》第六十六条", List.of(new PenaltyItem(PenaltyType.WARNING, null, null),
                        new PenaltyItem(PenaltyType.FINE, new BigDecimal(400000 + i), null)),
                "经通报后拒不改正。", null, null, new BigDecimal(400000 + i));
    }
}
