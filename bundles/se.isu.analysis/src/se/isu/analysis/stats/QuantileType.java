package se.isu.analysis.stats;

import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * The sample quantile definitions of Hyndman and Fan (1996) that analyses offer. Type 7 is the default
 * (as in R and the reports this project reproduces); type 6 is what SPSS and Minitab use.
 */
public enum QuantileType {
    TYPE_6(EstimationType.R_6),
    TYPE_7(EstimationType.R_7);

    private final EstimationType estimation;

    QuantileType(EstimationType estimation) {
        this.estimation = estimation;
    }

    EstimationType estimation() {
        return estimation;
    }
}
