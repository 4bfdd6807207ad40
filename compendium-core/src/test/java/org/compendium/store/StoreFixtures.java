package org.compendium.store;

import java.time.LocalDate;
import java.util.List;
import org.compendium.model.AgendaItem;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.Work;
import org.compendium.model.Coverage;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Participant;
import org.compendium.model.ParticipationRole;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.SourceFormat;
import org.compendium.model.SourceSpan;

/** Hand-built documents for store and export tests: short French texts with every field filled in. */
public final class StoreFixtures {
    private StoreFixtures() {
    }

    /** The recommendation cited by both {@link #wg7Report} and {@link #compendium}. */
    public static final Citation REC_12 = Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 12");

    /** A WG.7 meeting report (eighth meeting, 2021) with two recommendations and a sub-paragraph. */
    public static ParsedDocument wg7Report(String source, String sha256) {
        DocumentMetadata meta = new DocumentMetadata(
                DocumentType.MEETING_REPORT, Body.WG_SOM, 8, null,
                new DateRange(LocalDate.of(2021, 10, 14), LocalDate.of(2021, 10, 15)),
                "Vienne", Language.FRENCH, new DocumentSymbol("CTOC/COP/WG.7/2021/3"),
                "Rapport sur la réunion du Groupe de travail sur le trafic illicite de migrants", null,
                List.of(new DocumentSymbol("CTOC/COP/WG.7/2021/1"), new DocumentSymbol("CTOC/COP/WG.7/2021/2")),
                List.of("10/3", "5/3"),
                List.of(new AgendaItem("1", "Questions d’organisation"), new AgendaItem("1 a", "Ouverture de la réunion")),
                List.of(new Participant("FRA", "France", ParticipationRole.PARTY, "5"),
                        new Participant("VAT", "Saint-Siège", ParticipationRole.OBSERVER_STATE, null)));
        Provision rec12 = new Provision(REC_12, ProvisionKind.RECOMMENDATION, "12", List.of("B", "12"),
                "Recommandation 12", "Les États parties devraient, « le cas échéant », renforcer la coopération ; y compris :",
                null, List.of(new SourceSpan(120, 200), new SourceSpan(210, 260)), 8, null);
        Provision rec12a = new Provision(REC_12.child("a"), ProvisionKind.SUBPARAGRAPH, "a", List.of("B", "12", "a"),
                "a)", "l’échange d’informations,\n\"rapide\" et sûr", null, List.of(new SourceSpan(260, 300)), 8, null);
        Provision rec13 = new Provision(Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 13"), ProvisionKind.RECOMMENDATION, "13",
                List.of("B", "13"), null, "Envisager de ratifier le Protocole.", null, List.of(), 8, null);
        List<Segment> segments = List.of(
                new Segment(SegmentKind.FRONT_MATTER, null, "Nations Unies CTOC/COP/WG.7/2021/3", List.of(), List.of(new SourceSpan(0, 40))),
                new Segment(SegmentKind.HEADING, "II", "Recommandations", List.of("II"), List.of(new SourceSpan(100, 118))),
                new Segment(SegmentKind.FOOTNOTE, "2", "Voir la résolution 10/3.", List.of(), List.of()));
        return new ParsedDocument(source, SourceFormat.PDF, sha256, 320, meta, REC_12.work(), List.of(rec12, rec12a, rec13), segments,
                new Coverage(280, 270, 8, 2));
    }

    /** A compendium that repeats {@link #REC_12}, with no dates, symbol, body or coverage. */
    public static ParsedDocument compendium(String source, String sha256) {
        DocumentMetadata meta = new DocumentMetadata(DocumentType.COMPENDIUM, null, null, null, null, null, Language.FRENCH, null,
                "", null, List.of(), List.of(), List.of(), List.of());
        Provision rec12 = new Provision(REC_12, ProvisionKind.RECOMMENDATION, "12", List.of("12"), "Recommandation 12",
                "Les États parties devraient renforcer la coopération.", null, List.of(new SourceSpan(5, 60)), 8, null);
        return new ParsedDocument(source, SourceFormat.DOCX, sha256, 60, meta, new Work.CompendiumEdition(Body.WG_SOM, 2021), List.of(rec12), List.of(), null);
    }

    /** A COP resolution (session 11, 2022) with a preambular and an operative paragraph. */
    public static ParsedDocument copResolution(String source, String sha256) {
        DocumentMetadata meta = new DocumentMetadata(DocumentType.RESOLUTION, Body.COP, null, 11,
                DateRange.of(LocalDate.of(2022, 10, 21)), "Vienne", Language.FRENCH, null, "Résolution 11/5", "11/5",
                List.of(), List.of("10/4"), List.of(), List.of());
        Provision pp = new Provision(Citation.parse("COP res. 11/5 pp. 1"), ProvisionKind.PREAMBULAR, "1",
                List.of("pp", "1"), "al. 1", "Rappelant sa résolution 10/4,", "Rappelant", List.of(new SourceSpan(10, 40)),
                null, 11);
        Provision op = new Provision(Citation.parse("COP res. 11/5 op. 4"), ProvisionKind.OPERATIVE, "4",
                List.of("op", "4"), "4", "Prie instamment les États parties d’agir.", "Prie instamment",
                List.of(new SourceSpan(41, 90)), null, 11);
        return new ParsedDocument(source, SourceFormat.TEXT, sha256, 90, meta, Work.parse("COP res. 11/5"), List.of(pp, op), List.of(),
                new Coverage(70, 70, 0, 0));
    }
}
