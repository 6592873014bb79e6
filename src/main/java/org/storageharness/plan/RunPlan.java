package org.storageharness.plan;

import java.util.List;
import java.util.Objects;

/**
 * What a run would do, create and need, and whether it could go ahead: the plan that {@code -Dplan=true} prints,
 * writes to {@code plan.md} and records in the report.
 *
 * @param title what was planned: the suite and the platform
 * @param parts the sections, and what would stop the run or be missing from it
 */
public record RunPlan(String title, PlanParts parts) {

    public RunPlan {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(parts, "parts");
    }

    /** True when nothing would stop the run. */
    public boolean ready() {
        return parts.problems().isEmpty();
    }

    /** What would stop the run, one sentence each saying how to fix it; empty when it could go ahead. */
    public List<String> problems() {
        return parts.problems();
    }

    /** The plan as a Markdown document: the sections, then the verdict. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# Plan: ").append(title).append("\n\n")
                .append("Read-only: nothing was started, created, changed or deleted. This is what the same command")
                .append(" without `-Dplan=true` would do.\n");
        parts.sections().forEach(s -> md.append("\n## ").append(s.heading()).append("\n\n").append(s.body().strip())
                .append('\n'));
        md.append("\n## Verdict\n\n");
        if (ready()) {
            md.append("**Ready**: the run can go ahead.\n");
        } else {
            md.append("**Not ready**: ").append(problems().size()).append(" problem(s) would stop the run:\n\n");
            problems().forEach(p -> md.append("- ").append(p).append('\n'));
        }
        if (!parts.warnings().isEmpty()) {
            md.append("\nThe run would go ahead without:\n\n");
            parts.warnings().forEach(w -> md.append("- ").append(w).append('\n'));
        }
        return md.toString();
    }
}
