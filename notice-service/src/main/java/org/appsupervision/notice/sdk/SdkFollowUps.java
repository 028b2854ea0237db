package org.appsupervision.notice.sdk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.appsupervision.notice.notice.DraftNoticeRequest;
import org.appsupervision.notice.notice.DraftNoticeRequest.AppEntry;
import org.appsupervision.notice.notice.DraftNoticeRequest.OperatorEntry;
import org.appsupervision.notice.notice.NoticeKind;
import org.appsupervision.notice.notice.NoticeService;
import org.appsupervision.notice.notice.NoticeTerms;
import org.appsupervision.notice.notice.NoticeView;
import org.appsupervision.notice.reference.ProblemKindRepository;
import org.appsupervision.notice.sdk.EmbeddingViews.EmbeddingApp;
import org.appsupervision.notice.sdk.EmbeddingViews.FollowUpRequest;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/**
 * The follow-up of an SDK found at fault, in one step: a normal rectification draft (drafted by NoticeService like
 * any other) with one app item per app known to embed the faulty versions, whose operator must update or remove it.
 */
@ApplicationScoped
public class SdkFollowUps {

    private final SdkService sdks;
    private final SdkEmbeddings embeddings;
    private final ProblemKindRepository problemKinds;
    private final NoticeService notices;

    public SdkFollowUps(SdkService sdks, SdkEmbeddings embeddings, ProblemKindRepository problemKinds,
            NoticeService notices) {
        this.sdks = sdks;
        this.embeddings = embeddings;
        this.problemKinds = problemKinds;
        this.notices = notices;
    }

    @Transactional
    public NoticeView draft(String code, FollowUpRequest request, String official) {
        Sdk sdk = sdks.find(code);
        List<String> versions = request.versions() == null ? List.of() : List.copyOf(Set.copyOf(request.versions()));
        List<FieldError> errors = new ArrayList<>();
        List<String> asked = request.versions() == null ? List.of() : request.versions();
        for (int i = 0; i < asked.size(); i++) {
            if (!sdk.versions.contains(asked.get(i))) {
                errors.add(new FieldError("versions[" + i + "]", "is not a version of SDK " + code));
            }
        }
        Set<String> unknown = problemKinds.unknown(request.problemCodes());
        for (int i = 0; i < request.problemCodes().size(); i++) {
            if (unknown.contains(request.problemCodes().get(i))) {
                errors.add(new FieldError("problemCodes[" + i + "]", "is not a problem code of the taxonomy"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<EmbeddingApp> apps = embeddings.embeddingApps(code, versions);
        if (apps.isEmpty()) {
            throw new ProblemException(SdkProblem.NO_EMBEDDING_APPS, "No app is known to embed SDK " + code
                    + (versions.isEmpty() ? "" : " in version(s) " + String.join(", ", versions)));
        }
        List<String> problems = List.copyOf(new java.util.LinkedHashSet<>(request.problemCodes()));
        List<AppEntry> items = apps.stream().map(app -> new AppEntry(app.appName(), app.packageName(),
                app.appVersions().isEmpty() ? null : app.appVersions().get(0),
                new OperatorEntry(app.operatorName(), app.operatorCreditCode()), problems, List.of(), false, null))
                .toList();
        String title = request.title() != null && !request.title().isBlank() ? request.title().strip()
                : title(sdk, versions);
        return notices.draft(new DraftNoticeRequest(NoticeKind.RECTIFICATION, title, items,
                new NoticeTerms(request.rectificationDays(), null, null, null)), official);
    }

    private static String title(Sdk sdk, List<String> versions) {
        String title = "关于嵌入" + sdk.nameZh + (versions.isEmpty() ? "" : "（" + String.join("、", versions) + "）")
                + "的APP整改通报";
        return title.length() <= 300 ? title : "关于嵌入" + sdk.nameZh + "的APP整改通报";
    }
}
