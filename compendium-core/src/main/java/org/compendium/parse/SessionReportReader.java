package org.compendium.parse;

import java.util.List;
import org.compendium.model.SegmentKind;
import org.compendium.model.Work;

/**
 * Reads the report of a session — of the Conference of the Parties, or of another organ such as the Commission on
 * Crime Prevention and Criminal Justice: the resolutions and decisions it reproduces ({@link InstrumentBlocks}), each
 * cited as its own work ({@code COP res. 13/1 op. 2(a)}), the drafts it recommends to another organ, each cited by
 * the report and its ordinal ({@code E/CN.15/2030/17 draft res. I op. 2}), and around them the report's own headings
 * and numbered paragraphs, cited as the report's. Report paragraphs are numbered through the whole report, so the
 * paragraph after the last decision goes on from the one before the first resolution.
 */
final class SessionReportReader implements StructureReader {
    @Override
    public void read(NodeCollector collector, DocumentContext context) {
        List<SourceLines.Line> lines = collector.lines().lines();
        String runningHeader = context.metadata().symbol() == null ? null : context.metadata().symbol().value();
        ReportReader report = new ReportReader();
        report.start(collector, context);
        int next = 0;
        for (InstrumentBlocks.Block block : InstrumentBlocks.find(lines, context.grammar())) {
            report.readLines(lines.subList(next, block.start()));
            report.interrupt();
            Work work = block.work(context.work());
            int from = block.start();
            if (block.draft()) {
                // "Draft resolution I": the draft's heading, which the reader would take for a sponsors' line.
                collector.addSegment(SegmentKind.FRONT_MATTER, "heading", List.of(), Spans.ofLine(lines.get(from)));
                from++;
            }
            new ResolutionBodyReader(collector, context.markdown(), work, block.session(), null, List.of(),
                    block.decision(), context.grammar(), runningHeader).read(lines.subList(from, block.end()));
            next = block.end();
        }
        report.readLines(lines.subList(next, lines.size()));
        report.finish();
    }
}
