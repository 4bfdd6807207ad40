package org.compendium.parse;

import java.util.regex.Pattern;
import org.compendium.model.DocumentType;

/** Recognises the type of a UN document from the wording of its opening and its structure markers. */
final class DocumentClassifier {
    private static final Pattern COMPENDIUM = Pattern.compile("(?i)recueil (?:et index thématique )?des recommandations");
    private static final Pattern RESOLUTION_HEAD = Pattern.compile("(?m)^[#*\\s]*Résolution\\s+\\d{1,2}/\\d{1,2}\\s*\\**\\s*$");
    private static final Pattern DECISION_HEAD = Pattern.compile("(?m)^[#*\\s]*Décision\\s+\\d{1,2}/\\d{1,2}\\s*\\**\\s*$");
    private static final Pattern SECRETARIAT = Pattern.compile("(?i)(?:rapport|note) du secrétariat");
    private static final Pattern MEETING_REPORT = Pattern.compile(
            "(?i)(?:rapport de la réunion du groupe de travail|réunion du groupe de travail sur (?:la traite|le trafic)[^.]{0,80}s[’'] ?est tenue"
                    + "|le groupe de travail sur (?:la traite des personnes|le trafic illicite de migrants) a adopté)");
    private static final Pattern RECOMMENDATION_HEAD = Pattern.compile("(?m)^\\s*Recommandation\\s+\\d{1,3}\\s*$");

    private DocumentClassifier() {
    }

    /** Classifies from the raw source (markers such as headings) and its whole normalised text (wording). */
    static DocumentType classify(String raw, String normalized) {
        String opening = normalized.substring(0, Math.min(normalized.length(), 3000));
        String rawOpening = raw.substring(0, Math.min(raw.length(), 3000));
        if (COMPENDIUM.matcher(opening).find()) {
            return DocumentType.COMPENDIUM;
        }
        if (RESOLUTION_HEAD.matcher(rawOpening).find()) {
            return DocumentType.RESOLUTION;
        }
        if (DECISION_HEAD.matcher(rawOpening).find()) {
            return DocumentType.DECISION;
        }
        if (SECRETARIAT.matcher(opening).find()) {
            return DocumentType.SECRETARIAT_REPORT;
        }
        if (MEETING_REPORT.matcher(normalized).find() || RECOMMENDATION_HEAD.matcher(raw).find()) {
            return DocumentType.MEETING_REPORT;
        }
        return DocumentType.OTHER;
    }
}
