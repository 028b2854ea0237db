package org.appsupervision.platform.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.appsupervision.platform.problem.ProblemType;

/**
 * What one service declares for its OpenAPI document, keyed by "METHOD /path": request examples per media type,
 * the answer of a successful call, the problems its own rules can answer besides the generic ones, the example
 * details of its problems and which paths are public. Plain data, since SmallRye (not CDI) makes the filter.
 */
public record ApiDeclarations(Map<String, Map<String, String>> requests, Map<String, ApiAnswer> answers,
        Map<String, List<ProblemType>> problems, ProblemDetails details, Predicate<String> publicPath) {

    /** The paths anyone may call without a token. */
    public static final Predicate<String> PUBLIC_PREFIX = path -> path.startsWith("/api/public/");

    public static Builder builder() {
        return new Builder();
    }

    /** Collects a service's declarations, possibly from several example classes. */
    public static final class Builder {

        private final Map<String, Map<String, String>> requests = new HashMap<>();
        private final Map<String, ApiAnswer> answers = new HashMap<>();
        private final Map<String, List<ProblemType>> problems = new LinkedHashMap<>();
        private ProblemDetails details = ProblemDetails.NONE;
        private Predicate<String> publicPath = PUBLIC_PREFIX;

        private Builder() {
        }

        /** Request examples by operation, then by media type; an operation declared earlier keeps its examples. */
        public Builder requests(Map<String, Map<String, String>> examples) {
            examples.forEach(requests::putIfAbsent);
            return this;
        }

        public Builder request(String operation, String mediaType, String example) {
            requests.computeIfAbsent(operation, key -> new HashMap<>()).putIfAbsent(mediaType, example);
            return this;
        }

        /** Answers by operation; an operation declared earlier keeps its answer. */
        public Builder answers(Map<String, ApiAnswer> declared) {
            declared.forEach(answers::putIfAbsent);
            return this;
        }

        public Builder answer(String operation, int status, String mediaType, String example) {
            answers.putIfAbsent(operation, new ApiAnswer(status, mediaType, example));
            return this;
        }

        /** Extra problems by operation; an operation declared twice gets both lists, in order. */
        public Builder problems(Map<String, List<ProblemType>> declared) {
            declared.forEach(this::problems);
            return this;
        }

        public Builder problems(String operation, List<ProblemType> types) {
            problems.computeIfAbsent(operation, key -> new ArrayList<>()).addAll(types);
            return this;
        }

        public Builder details(ProblemDetails serviceDetails) {
            this.details = serviceDetails;
            return this;
        }

        public Builder publicPath(Predicate<String> isPublic) {
            this.publicPath = isPublic;
            return this;
        }

        public ApiDeclarations build() {
            Map<String, List<ProblemType>> lists = new HashMap<>();
            problems.forEach((operation, types) -> lists.put(operation, List.copyOf(types)));
            return new ApiDeclarations(Map.copyOf(requests), Map.copyOf(answers), Map.copyOf(lists), details,
                    publicPath);
        }
    }
}
