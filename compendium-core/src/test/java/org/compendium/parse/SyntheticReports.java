package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generator of well-formed French meeting reports, as PDF-extracted text or as Markdown, built from a few phrase
 * fragments of our own, that knows how many numbered paragraphs and recommendations it wrote.
 *
 * <p>Body lines never start with a number, a lone capital letter or a Roman numeral followed by a dot: those are the
 * parser's structure markers, and a generated document must mean exactly what its counts say.
 */
final class SyntheticReports {
    /** A generated source and the structure it holds. */
    record Generated(String text, boolean markdown, int paragraphs, int recommendations) {
    }

    /** Typographic variants of the same structure, each as a real converter or typesetter may produce it. */
    enum Variant {
        /** Ordinary spaces; labels as plain lines. */
        PLAIN,
        /** French typesetting: a no-break space ties a number to its label ({@code Recommandation\u00A012}, {@code 3.\u00A0Le}). */
        NO_BREAK_SPACES,
        /** Markdown from a Word file whose recommendation labels were bold: {@code **Recommandation 12**}. */
        BOLD_LABELS
    }

    private static final String[] SUBJECTS = {"Les États parties", "Le Groupe de travail", "La Conférence des Parties",
        "Les autorités nationales", "Le Secrétariat", "Plusieurs orateurs", "Un orateur", "Les participants"};
    private static final String[] VERBS = {"devraient envisager de renforcer", "ont souligné l’importance de",
        "sont encouragés à améliorer", "a rappelé la nécessité de renforcer", "devraient continuer à promouvoir",
        "ont insisté sur", "devraient, à titre volontaire, mettre en commun"};
    private static final String[] OBJECTS = {"la coopération internationale en matière pénale",
        "la protection des victimes et des témoins", "la collecte de données ventilées par sexe et par âge",
        "les enquêtes financières parallèles", "l’assistance technique aux pays qui en font la demande",
        "les partenariats avec la société civile et le secteur privé",
        "la formation des agents des services de détection et de répression",
        "l’échange d’informations entre les services compétents", "l’identification précoce des victimes"};
    private static final String[] TAILS = {"", ", conformément au droit interne", ", dans la limite des ressources disponibles",
        ", en tenant compte des besoins particuliers des enfants", " aux niveaux national, régional et international",
        " afin d’examiner les progrès accomplis en 2019 et 2021"};
    private static final String[] SECTION_TITLES = {"Organisation de la réunion", "Résumé des débats",
        "Adoption du rapport", "Questions diverses"};
    private static final String[] SUBSECTION_TITLES = {"Recommandations générales", "Recommandations sur la prévention",
        "Recommandations sur la coopération internationale", "Ouverture de la réunion", "Déclarations",
        "Participation"};
    private static final String[] FOOTNOTES = {"Voir le document de séance du Secrétariat.",
        "Nations Unies, Recueil des Traités, vol. 2237, no 39574.",
        "Disponible à l’adresse suivante : www.unodc.org/unodc/fr/treaties/CTOC/working-group.html.",
        "Les États parties peuvent se référer aux outils d’assistance technique disponibles."};
    private static final String[] STRAY_URLS = {"https://intranet.unodc.org/ctoc/doc/1234", "www.unodc.org/documents/treaties",
        "http://undocs.org/fr/CTOC/COP/WG.4/2019/3"};

    private final Random random;
    private final boolean markdown;
    private final Variant variant;
    private final StringBuilder out = new StringBuilder();
    private int paragraphs;
    private int recommendations;
    private int footnotes;

    private SyntheticReports(Random random, boolean markdown, Variant variant) {
        this.random = random;
        this.markdown = markdown;
        this.variant = variant;
    }

    /** A report as PDF extraction leaves it: wrapped lines, blank lines, page furniture and footnote blocks. */
    static Generated pdfText(Random random) {
        return pdfText(random, Variant.PLAIN);
    }

    static Generated pdfText(Random random, Variant variant) {
        return new SyntheticReports(random, false, variant).report();
    }

    /** A report as a Markdown conversion leaves it: {@code #} headings, emphasis, {@code <sup>} notes, rules. */
    static Generated markdown(Random random) {
        return markdown(random, Variant.PLAIN);
    }

    static Generated markdown(Random random, Variant variant) {
        return new SyntheticReports(random, true, variant).report();
    }

    private Generated report() {
        title();
        heading(0, "I", "Introduction");
        for (int i = random.nextInt(1, 4); i > 0; i--) {
            paragraph(sentences(1, 4));
        }
        heading(0, "II", "Recommandations");
        paragraph("À sa réunion tenue à Vienne, le Groupe de travail a adopté les recommandations présentées ci-après.");
        int groups = random.nextInt(1, 4);
        for (int g = 0; g < groups; g++) {
            heading(1, String.valueOf((char) ('A' + g)), pick(SUBSECTION_TITLES));
            if (random.nextBoolean()) {
                paragraph("Le Groupe de travail a recommandé à la Conférence des Parties d’examiner les recommandations suivantes :");
            }
            for (int r = random.nextInt(1, 5); r > 0; r--) {
                recommendation();
            }
        }
        String[] roman = {"III", "IV", "V"};
        for (int s = 0, extra = random.nextInt(0, roman.length + 1); s < extra; s++) {
            heading(0, roman[s], pick(SECTION_TITLES));
            for (int i = random.nextInt(1, 3); i > 0; i--) {
                paragraph(sentences(1, 3));
            }
            if (random.nextInt(3) == 0) {
                heading(1, "A", pick(SUBSECTION_TITLES));
                paragraph(sentences(1, 2));
            }
        }
        return new Generated(out.toString(), markdown, paragraphs, recommendations);
    }

    private void title() {
        String body = random.nextBoolean() ? "la traite des personnes" : "le trafic illicite de migrants";
        String title = "Rapport de la réunion du Groupe de travail sur " + body + " tenue à Vienne les 14 et 15 octobre 2021";
        if (markdown) {
            line("# " + title);
            blank();
        } else {
            wrap("  " + title);
            blanks();
        }
    }

    /** A heading; level 0 is a Roman section, level 1 a lettered subsection. */
    private void heading(int level, String id, String text) {
        if (markdown) {
            String label = id + ". " + text;
            line("#".repeat(level + 2) + " " + (random.nextInt(4) == 0 ? "**" + label + "**" : label));
            blank();
        } else {
            line(" ".repeat(random.nextInt(0, 3)) + id + ". " + text + (random.nextBoolean() ? " " : ""));
            blanks();
        }
    }

    private void paragraph(String text) {
        paragraphs++;
        String numbered = paragraphs + "." + numberSpace() + text;
        if (markdown) {
            line(numbered);
            blank();
        } else {
            wrap(numbered);
        }
        maybeFootnotes();
        maybeFurniture();
    }

    private void recommendation() {
        recommendations++;
        String label = "Recommandation" + numberSpace() + recommendations;
        if (variant == Variant.BOLD_LABELS) {
            label = "**" + label + "**";
        }
        line((markdown ? "" : "  ") + label + (markdown ? "" : " "));
        blanks();
        if (markdown) {
            line(sentences(1, 3));
            blank();
        } else {
            wrap(sentences(1, 3));
        }
        maybeFootnotes();
        maybeFurniture();
    }

    private void maybeFootnotes() {
        if (random.nextInt(4) != 0) {
            return;
        }
        if (markdown) {
            line("---");
            blank();
        } else {
            line("_".repeat(random.nextInt(5, 20)));
        }
        for (int n = random.nextInt(1, 3); n > 0; n--) {
            footnotes++;
            String note = pick(FOOTNOTES);
            if (markdown) {
                line((random.nextBoolean() ? "<sup>" + footnotes + "</sup> " : superscript(footnotes) + " ") + note);
                blank();
            } else {
                line(" " + footnotes + "  " + note);
                if (random.nextInt(3) == 0) {
                    line(" " + pick(STRAY_URLS).replace("https://", "").replace("http://", ""));
                }
            }
        }
        blanks();
    }

    private void maybeFurniture() {
        if (markdown || random.nextInt(5) != 0) {
            return;
        }
        switch (random.nextInt(3)) {
            case 0 -> line(pick(STRAY_URLS));
            case 1 -> line(random.nextInt(2, 20) + "/" + 20);
            default -> {
                out.append('\f');
                line("V.19-0" + random.nextInt(1000, 9999));
            }
        }
        blanks();
    }

    private String numberSpace() {
        return variant == Variant.NO_BREAK_SPACES ? "\u00A0" : " ";
    }

    private String sentences(int min, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(min, max + 1); i > 0; i--) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            String object = pick(OBJECTS);
            if (markdown && random.nextInt(3) == 0) {
                object = "*" + object + "*";
            }
            sb.append(pick(SUBJECTS)).append(' ').append(pick(VERBS)).append(' ').append(object).append(pick(TAILS));
            if (markdown && random.nextInt(4) == 0) {
                footnotes++;
                sb.append("<sup>").append(footnotes).append("</sup>");
            }
            sb.append('.');
        }
        return pdfDamage(sb.toString());
    }

    /** Spaced apostrophes ({@code d ’examiner}) and split words ({@code grou pes}) as PDF extraction leaves them. */
    private String pdfDamage(String text) {
        if (markdown) {
            return text;
        }
        String damaged = random.nextBoolean() ? text.replace("d’", "d ’") : text;
        List<String> words = new ArrayList<>(List.of(damaged.split(" ")));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() >= 8 && w.chars().allMatch(Character::isLetter) && random.nextInt(12) == 0) {
                int cut = random.nextInt(3, w.length() - 2);
                words.set(i, w.substring(0, cut) + " " + w.substring(cut));
            }
        }
        return String.join(" ", words);
    }

    /** Wraps text into lines the way PDF extraction does, never starting a line with a digit. */
    private void wrap(String text) {
        int width = random.nextInt(45, 95);
        String[] words = text.split(" ");
        StringBuilder current = new StringBuilder();
        for (String w : words) {
            boolean full = current.length() + w.length() + 1 > width;
            if (full && !current.isEmpty() && !Character.isDigit(w.charAt(0))) {
                line(current + (random.nextBoolean() ? " " : ""));
                if (random.nextInt(3) == 0) {
                    line(" ");
                }
                if (random.nextInt(15) == 0) {
                    // A page break inside a paragraph: the page's footnotes and furniture come before its next line.
                    maybeFootnotes();
                    maybeFurniture();
                }
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(w);
        }
        if (!current.isEmpty()) {
            line(current + " ");
        }
    }

    private void blanks() {
        for (int i = random.nextInt(0, 3); i > 0; i--) {
            line(random.nextBoolean() ? " " : "");
        }
    }

    private void blank() {
        line("");
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String superscript(int n) {
        String digits = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(digits.charAt(c - '0'));
        }
        return sb.toString();
    }
}
