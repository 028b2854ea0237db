package org.appsupervision.notice.notice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of a notice's table: an app with its operator, problems and stores ({@link Subject#APP}), or a third-party
 * SDK with its provider (kept as the item's operator, the party), versions and problems ({@link Subject#SDK}, no app,
 * package, app version or store).
 */
@Entity
@Table(name = "notice_item")
public class NoticeItem {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id")
    public Notice notice;

    public int seq;

    @Enumerated(EnumType.STRING)
    public Subject subject = Subject.APP;

    @Column(name = "sdk_code")
    public String sdkCode;

    @Column(name = "sdk_name_zh")
    public String sdkNameZh;

    @Column(name = "sdk_name_en")
    public String sdkNameEn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdk_versions")
    public String[] sdkVersions;

    @Column(name = "chain_id")
    public UUID chainId;

    @Column(name = "app_name")
    public String appName;

    @Column(name = "package_name")
    public String packageName;

    @Column(name = "app_version")
    public String appVersion;

    @Column(name = "operator_name")
    public String operatorName;

    @Column(name = "operator_credit_code")
    public String operatorCreditCode;

    @Column(name = "operator_province_code")
    public String operatorProvinceCode;

    @Column(name = "source_item_id")
    public UUID sourceItemId;

    /** The authority whose annex lists the item: {@link ReportingAuthority#MINISTRY} or a province code; null on a draft = derive it. */
    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "refused_rectification")
    public boolean refusedRectification;

    @ElementCollection
    @CollectionTable(name = "notice_item_problem", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "problem_code")
    @OrderBy
    public Set<String> problemCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "notice_item_store", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "store_code")
    @OrderBy
    public Set<String> storeCodes = new LinkedHashSet<>();

    public boolean namesSdk() {
        return subject == Subject.SDK;
    }

    /** What a notice item names. */
    public enum Subject { APP, SDK }
}
