package se.isu.analysis.builtin;

import se.isu.analysis.internal.Messages;

/**
 * The titles of the standard analyses, by the key their extension gives after the class name
 * ({@code class="se.isu.analysis.builtin.DistributionAnalysis:endReasons"}).
 */
final class Titles {

    private Titles() {
    }

    /** The title of a key; null for an unknown key, so that the analysis makes one. */
    static String of(String key) {
        return switch (key) {
            case "problemAreas" -> Messages.titleProblemAreas;
            case "problemAreasBySex" -> Messages.titleProblemAreasBySex;
            case "interventionMixByMunicipality" -> Messages.titleMix;
            case "interventionMixByProblemArea" -> Messages.titleMixByProblemArea;
            case "endReasons" -> Messages.titleEndReasons;
            case "endReasonsByInterventionMix" -> Messages.titleEndReasonsByMix;
            case "endReasonsByProblemArea" -> Messages.titleEndReasonsByProblemArea;
            case "trend" -> Messages.titleTrend;
            case "lengthByProblemArea" -> Messages.titleLengthByProblemArea;
            case "lengthByInterventionMix" -> Messages.titleLengthByMix;
            default -> null;
        };
    }
}
