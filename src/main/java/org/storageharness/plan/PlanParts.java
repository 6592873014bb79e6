package org.storageharness.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Part of a plan, as one platform's planner finds it: sections of the document, problems that would stop the run, and
 * warnings about what it would go ahead without.
 */
public record PlanParts(List<Section> sections, List<String> problems, List<String> warnings) {

    /** One section of the plan: a heading and its Markdown body. */
    public record Section(String heading, String body) {
    }

    public PlanParts {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    static PlanParts none() {
        return new PlanParts(List.of(), List.of(), List.of());
    }

    static PlanParts section(String heading, String body) {
        return of(new Section(heading, body));
    }

    static PlanParts of(Section section) {
        return new PlanParts(List.of(section), List.of(), List.of());
    }

    static PlanParts problems(List<String> problems) {
        return new PlanParts(List.of(), problems, List.of());
    }

    static PlanParts warnings(List<String> warnings) {
        return new PlanParts(List.of(), List.of(), warnings);
    }

    /** These parts followed by {@code more}'s. */
    PlanParts and(PlanParts more) {
        return new PlanParts(joined(sections, more.sections), joined(problems, more.problems),
                joined(warnings, more.warnings));
    }

    private static <T> List<T> joined(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
