package se.isu.analysis.builtin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.internal.Messages;

/**
 * The intervention mix of a case as in the report's Diagram 4: traditional family treatment only, a
 * manual-based method only, or both. Which harmonised codes of {@code insatser} count as which comes
 * from the parameters {@code traditional} and {@code manual} (comma-separated codes); their defaults
 * follow the crosswalk SU-X 2020–2021: traditional = 1 (Traditionell familjebehandling) and 4 (Annan ej
 * manualbaserad insats, which 2020 counted as traditional, report footnote 18), manual = 2 (Krisstöd vid
 * orosanmälan, 2021) and 3 (Annan manualbaserad metod; 2020 Manualbaserad metod). A case with neither is
 * in no category (its intervention never started).
 */
public record InterventionMix(int[] mix, List<String> labels) {

    /** The name analyses give the mix where they take a variable. */
    public static final String VARIABLE = "insatsmix";
    public static final int NONE = 0;
    public static final int TRADITIONAL_ONLY = 1;
    public static final int MANUAL_ONLY = 2;
    public static final int BOTH = 3;

    public static InterventionMix of(Dataset dataset, Map<String, String> parameters) {
        String variable = parameters.getOrDefault("interventions", "insatser");
        long traditional = mask(parameters.getOrDefault("traditional", "1,4"));
        long manual = mask(parameters.getOrDefault("manual", "2,3"));
        long[] chosen = dataset.bits(variable);
        int[] mix = new int[dataset.size()];
        for (int row = 0; row < mix.length; row++) {
            boolean t = (chosen[row] & traditional) != 0;
            boolean m = (chosen[row] & manual) != 0;
            mix[row] = t && m ? BOTH : t ? TRADITIONAL_ONLY : m ? MANUAL_ONLY : NONE;
        }
        return new InterventionMix(mix, List.of(Messages.mixTraditional, Messages.mixManual, Messages.mixBoth));
    }

    /**
     * The mix as a dimension, read from the interventions as rows are counted (the same categories as
     * {@code of(dataset, parameters).dimension()}, without a per-row array).
     */
    public static Dimension dimension(Dataset dataset, Map<String, String> parameters) {
        String variable = parameters.getOrDefault("interventions", "insatser");
        long traditional = mask(parameters.getOrDefault("traditional", "1,4"));
        long manual = mask(parameters.getOrDefault("manual", "2,3"));
        return Dimension.mix(List.of(Messages.mixTraditional, Messages.mixManual, Messages.mixBoth),
                List.of("insatser"), dataset.bits(variable), traditional, manual);
    }

    private static long mask(String codes) {
        long mask = 0;
        for (String code : codes.split(",")) {
            if (code.isBlank()) {
                continue;
            }
            try {
                mask |= 1L << Integer.parseInt(code.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.badCodes, codes), e);
            }
        }
        return mask;
    }

    /** The mix as a dimension: category i is mix code i + 1. */
    public Dimension dimension() {
        long[] members = new long[mix.length];
        for (int row = 0; row < mix.length; row++) {
            members[row] = mix[row] == NONE ? 0 : 1L << (mix[row] - 1);
        }
        return new Dimension(labels, members, true, List.of("insatser"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InterventionMix that && Arrays.equals(mix, that.mix) && labels.equals(that.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mix) + labels.hashCode();
    }

    @Override
    public String toString() {
        return "InterventionMix" + labels;
    }
}
