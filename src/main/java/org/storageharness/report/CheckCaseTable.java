package org.storageharness.report;

import java.util.Map;
import org.storageharness.check.CheckOutcome;
import org.storageharness.metrics.Format;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;

/** A correctness check's result as the HTML description of its Allure case: metrics, notes and failures. */
public final class CheckCaseTable {

    private static final Map<CheckKind, String> WHAT = Map.of(
            CheckKind.SNAPSHOT, "Generation A written, snapshot taken, source overwritten with B: restores must hold"
                    + " A, the source B, and a restore of a snapshot of the restore A again.",
            CheckKind.PERSISTENCE, "Golden data written by one pod; after the pod is deleted a new pod (on another node"
                    + " where the volume may move) must read the same data.",
            CheckKind.FAILOVER, "A writer and a latency canary run while a replica of the volume is faulted; the"
                    + " longest I/O stall, I/O errors and time until the volume is healthy are measured, then the"
                    + " golden data written before the fault is verified.",
            CheckKind.CLONE, "Generation A written, the source cloned, the source overwritten with B: the clone must"
                    + " hold A, the source B, and a clone of the clone A.",
            CheckKind.EXPANSION, "Generation A written, the claim grown while a pod reads it: once the claim reports"
                    + " the new capacity, a pod must see the volume grown and A intact, and data written where only"
                    + " the new space has room must verify.");

    private CheckCaseTable() {
    }

    public static String html(CheckKind check, EngineSpec engine, CheckOutcome.Done done) {
        StringBuilder sb = new StringBuilder("<p>").append(Html.escape(WHAT.get(check))).append("</p>");
        sb.append("<table><tr><th>metric</th><th class=\"num\">").append(Html.escape(engine.id()))
                .append("</th></tr>");
        done.metrics().forEach((name, value) -> sb.append("<tr><td>").append(Html.escape(name))
                .append("</td><td class=\"num\">").append(Format.number(value)).append("</td></tr>"));
        sb.append("</table>");
        if (!done.notes().isEmpty()) {
            sb.append("<ul>");
            done.notes().forEach(n -> sb.append("<li>").append(Html.escape(n)).append("</li>"));
            sb.append("</ul>");
        }
        sb.append("<p><b>").append(done.passed() ? "✓ passed" : "✗ failed").append("</b></p>");
        done.failures().forEach(f -> sb.append("<pre>").append(Html.escape(f)).append("</pre>"));
        return Html.fragment(sb.toString());
    }
}
