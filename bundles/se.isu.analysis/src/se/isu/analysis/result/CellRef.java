package se.isu.analysis.result;

/** A cell of a {@link Table}, by row and column from 0. */
public record CellRef(int row, int column) {
}
