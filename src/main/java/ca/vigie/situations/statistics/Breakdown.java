package ca.vigie.situations.statistics;

import java.util.List;

/**
 * Situations counted along one dimension (month, stage, age band…), each cell and the total
 * suppressed as needed.
 *
 * @param dimension what the cells are keyed by
 * @param cells the counts, in the dimension's order, zeros included
 * @param total how many situations the breakdown covers; when a situation can fall in several cells
 *     (risk factor categories, organisations), the cells do not add up to it
 */
public record Breakdown(Dimension dimension, List<Cell> cells, Count total) {

    /** One cell: the key of its value (a code, a month, a reference id) and its count. */
    public record Cell(String key, Count count) {}
}
