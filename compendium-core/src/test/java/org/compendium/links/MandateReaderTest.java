package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compendium.model.Citation;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.junit.jupiter.api.Test;

/** Mandates in operative paragraphs written in the shape of COP resolutions. */
class MandateReaderTest {
    private final MandateReader reader = new MandateReader(MandateLanguage.FRENCH);

    private List<String> read(ProvisionKind kind, String text) {
        Provision p = new Provision(Citation.parse("COP res. 8/1 op. 3"), kind, "3", List.of("3"), null, text, null, List.of(),
                null, 8);
        return reader.read(p).stream().map(m -> m.addressee().code() + " " + m.strength().code() + " «" + m.verb() + "»").toList();
    }

    @Test
    void aVerbThatAsksFollowedByItsAddresseeInAnyClause() {
        assertThat(read(ProvisionKind.OPERATIVE, "Prie l'Office des Nations Unies contre la drogue et le crime de réaliser une étude ;"))
                .containsExactly("unodc requests «prie»");
        assertThat(read(ProvisionKind.OPERATIVE, "Constate les progrès accomplis, prie instamment les États d'agir et demande à "
                + "l'Office d'aider les États ; prie également le secrétariat de faire rapport au Groupe de travail ;"))
                .containsExactly("unodc requests «demande»", "secretariat requests «prie également»");
        assertThat(read(ProvisionKind.OPERATIVE, "Invite de nouveau l'ONUDC à continuer ; décide que le Groupe de travail tiendra une réunion"))
                .containsExactly("unodc invites «invite de nouveau»", "working-group decides «décide que»");
    }

    @Test
    void statesAreNotAddresseesAndAPreambleGivesNoTask() {
        assertThat(read(ProvisionKind.OPERATIVE, "Prie instamment les États parties de verser des contributions à l'Office ;")).isEmpty();
        assertThat(read(ProvisionKind.PREAMBULAR, "Rappelant qu'elle a prié l'Office de réaliser une étude,")).isEmpty();
        assertThat(read(ProvisionKind.OPERATIVE, "Se félicite des réunions du Groupe de travail ;")).isEmpty();
    }
}
