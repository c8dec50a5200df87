package se.isu.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.isu.forms.FormVersion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Question;
import se.isu.io.importer.CellParser.CellException;
import se.isu.io.importer.CellParser.QuestionReader;

/** The reader made once per column gives exactly what the general cell parser gives, cell for cell. */
class QuestionReaderTest {

    private static final List<String> CELLS = List.of("4,9", "4; 9", "9|4", " 4 ,, 9 ", "4,99", "04", "4, 9,14", "1  2",
            "4,,", ",", "Annan huvudsaklig problematik, ange vilken", "brister i hemmiljön, pga. missbruk hos förälder;4",
            "Brister i hemmiljön, pga. missbruk hos förälder, 9", "4,okänd", "", "   ", "12345678901");

    @Test
    void multipleChoicesReadTheSameWithAndWithoutTheFastPathForCodes() {
        FormVersion version = ImportFixtures.sux2020();
        int compared = 0;
        for (Question question : version.allQuestions()) {
            if (!(question instanceof MultipleChoiceQuestion)) {
                continue;
            }
            QuestionReader reader = new QuestionReader(question);
            for (String cell : CELLS) {
                assertEquals(outcome(() -> CellParser.parse(question, cell)), outcome(() -> reader.parse(cell)),
                        question.getVariableId() + ": " + cell);
                compared++;
            }
        }
        assertEquals(2 * CELLS.size(), compared, "problem areas and interventions");
    }

    private interface Read {
        Object get() throws CellException;
    }

    private static String outcome(Read read) {
        try {
            return String.valueOf(read.get());
        } catch (CellException e) {
            return "refused: " + e.getMessage();
        }
    }
}
