package org.compendium.parse.grammar;

import static org.compendium.parse.grammar.Grammar.numberLabel;
import static org.compendium.parse.grammar.Grammar.numbered;
import static org.compendium.parse.grammar.Grammar.p;
import static org.compendium.parse.grammar.Grammar.pi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compendium.model.Language;

/** Spanish, as UN documents print it: {@code 1.}, {@code a)}, {@code Recomendación 1}, {@code Solicita también}. */
final class SpanishGrammar {
    private static final VerbTable VERBS = new VerbTable(List.of(
            // preambular
            "Recordando", "Recordando también", "Recordando además", "Reafirmando", "Reafirmando también",
            "Observando", "Observando también", "Observando con preocupación", "Observando con aprecio",
            "Observando con satisfacción", "Tomando nota", "Tomando nota con aprecio", "Teniendo presente",
            "Teniendo en cuenta", "Acogiendo con beneplácito", "Acogiendo con satisfacción", "Acogiendo también con beneplácito",
            "Reconociendo", "Reconociendo también", "Destacando", "Subrayando", "Poniendo de relieve", "Preocupada",
            "Profundamente preocupada", "Gravemente preocupada", "Convencida", "Decidida", "Consciente",
            "Expresando preocupación", "Expresando su reconocimiento", "Considerando", "Habiendo examinado",
            "Guiada por", "Reiterando", "Afirmando", "Deseando",
            "Alarmada", "Profundamente alarmada", "Consciente también", "Plenamente consciente", "Alentada",
            "Convencida también", "Firmemente convencida", "Resuelta", "Preocupada también", "Seriamente preocupada",
            "Observando además", "Observando con profunda preocupación", "Destacando también", "Subrayando también",
            "Expresando su profunda preocupación", "Expresando su gratitud", "Expresando su satisfacción",
            "Reconociendo además", "Teniendo presente también", "Acogiendo con beneplácito además",
            "Habiendo aprobado", "Habiendo recibido",
            // operative
            "Insta", "Insta encarecidamente", "Insta también", "Insta además", "Solicita", "Solicita también",
            "Solicita además", "Pide", "Pide también", "Pide además", "Alienta", "Alienta también",
            "Alienta encarecidamente", "Alienta además", "Invita", "Invita también", "Invita además", "Decide",
            "Decide también", "Decide además", "Exhorta", "Exhorta también", "Exhorta encarecidamente",
            "Acoge con beneplácito", "Acoge con satisfacción", "Observa", "Observa con preocupación", "Toma nota",
            "Toma nota con aprecio", "Reafirma", "Recomienda", "Destaca", "Subraya", "Expresa su reconocimiento",
            "Reconoce", "Hace suyo", "Hace suyas", "Aprueba", "Recuerda", "Reitera", "Encomia", "Autoriza",
            "Condena", "Condena enérgicamente", "Deplora", "Apoya", "Declara", "Proclama", "Afirma", "Considera",
            "Confirma", "Lamenta", "Resuelve", "Conviene", "Expresa su preocupación", "Expresa profunda preocupación",
            "Expresa su gratitud", "Pide encarecidamente", "Observa también", "Toma nota también", "Reafirma también",
            "Destaca también", "Subraya también", "Reconoce también", "Recomienda también", "Recomienda además",
            "Observa con satisfacción", "Encarga"), true,
            // A gerundio not in the list, with its también/además, or an intensifying adverb and the word it
            // intensifies ("Hondamente preocupada"); given names that end in -ando are not openers.
            p("(?:(?!(?:Fernando|Orlando|Rolando|Armando|Rodrigo)\\b)\\p{Lu}\\p{Ll}{2,}(?:ando|iendo|yendo)"
                    + "(?:\\s+(?:también|además|asimismo))?"
                    + "|(?:Profundamente|Gravemente|Seriamente|Sumamente|Firmemente|Plenamente|Hondamente)\\s+\\p{Ll}{3,})\\b"));

    static final Grammar GRAMMAR = new Grammar(Language.SPANISH,
            new Grammar.ResolutionShapes(
                    p("^[#*\\s]*Resolución\\s+(\\d{1,2}/\\d{1,2})[*\\s]*$"),
                    p("^[#*\\s]*Decisión\\s+(\\d{1,2}/\\d{1,2})[*\\s]*$"),
                    pi("^[#*\\s]*(?:\\S[^\\n]{0,800}?:\\s*)?proyecto\\s+de\\s+(?:resolución|(?<decision>decisión))(?:\\s+revisado)?(?:\\s+[IVX]{1,4})?(?:\\s+presentado\\s+por\\s.*)?[*\\s]*$"),
                    "proyecto",
                    p("^[*\\s]*(?:La Conferencia de las Partes|La Asamblea General|(?<organ>El Consejo Económico y Social|La Comisión de Prevención del Delito y Justicia Penal))\\b"),
                    p("^\\s*\\d{1,3}[ªa]\\s+sesión plenaria\\s*$"),
                    p("^\\s*Anexo(?:\\s+([IVX]{1,5}|\\d{1,2}))?\\s*$"),
                    numbered(2, "\\."), numberLabel(2, "\\."), "%s.",
                    p("^[-\\s]*([a-z]{1,4})\\)\\**(?:\\s+\\S|\\s*$)"),
                    p("^-?\\s*[a-z]{1,4}\\)\\s*"),
                    "%s)",
                    List.of(), ",;:.", false, true),
            new Grammar.ReportShapes(
                    numbered(3, "\\."), numberLabel(3, "\\."), "%s.",
                    p("^[*_#\\s]*Recomendación\\s+(\\d{1,3})[*_\\s]*$"),
                    p("^Recomendación\\s+\\d{1,3}\\s*"),
                    "Recomendación %s",
                    pi("\\b(?:aprobó|adoptó)\\s+las\\s+(?:siguientes\\s+recomendaciones|recomendaciones\\s+siguientes)\\s*:\\s*$"),
                    p("^\\s*([IVX]{1,5})\\.\\s+(\\S.*)$"),
                    p("^\\s*([A-H])\\.\\s+(\\p{Lu}.*)$"),
                    p("^[*_\\s]*([IVX]{1,5}|[A-H]|\\d{1,2})\\.\\s"),
                    Map.of()),
            new Grammar.Wording(
                    pi("(?:compendio|recopilación) de (?:las )?recomendaciones"),
                    pi("(?:informe|nota) de la secretaría"),
                    pi("informe (?:sobre|de) la reunión del grupo de trabajo|el grupo de trabajo sobre (?:la trata de personas|el tráfico ilícito de migrantes) aprobó"),
                    pi("grupo de trabajo sobre la trata de personas"),
                    pi("grupo de trabajo sobre el tráfico ilícito de migrantes"),
                    new KeywordPattern(pi("\\b(?:en su|la|su)\\s+(\\S{2,24})\\s+reunión\\b"), pi("reunión"), 3),
                    pi("\\b(?:en su\\s+)?(\\S{2,24})\\s+período\\s+de\\s+sesiones\\b"),
                    pi("\\b(?:resolución|resoluciones|decisión|decisiones)\\b"),
                    null,
                    pi("asamblea general|consejo de seguridad|consejo económico y social|consejo de derechos humanos|comisión"),
                    pi("\\s*de la asamblea"),
                    new Grammar.BodyNames(
                            "Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional",
                            "Grupo de Trabajo sobre la Trata de Personas",
                            "Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes",
                            "Asamblea General")),
            VERBS::lead,
            SpelledOrdinals.of(Locale.forLanguageTag("es"))::parse);

    private SpanishGrammar() {
    }
}
