package org.compendium.parse;

import java.util.List;

/**
 * Reads the report of a COP session: the resolutions and decisions it reproduces ({@link InstrumentBlocks}), each
 * cited as its own work ({@code COP res. 13/1 op. 2(a)}), and around them the report's own headings and numbered
 * paragraphs, cited as the report's. Report paragraphs are numbered through the whole report, so the paragraph after
 * the last decision goes on from the one before the first resolution.
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
            new ResolutionBodyReader(collector, context.markdown(), block.work(), block.work().session(), null, List.of(),
                    block.decision(), context.grammar(), runningHeader).read(lines.subList(block.start(), block.end()));
            next = block.end();
        }
        report.readLines(lines.subList(next, lines.size()));
        report.finish();
    }
}
