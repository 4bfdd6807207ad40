package org.compendium.themes;

/**
 * A sparse vector of feature weights: feature ids in increasing order with their values.
 *
 * @param ids    feature ids, strictly increasing
 * @param values their weights, same length
 */
record SparseVector(int[] ids, double[] values) {
    /** The dot product with another sparse vector (a merge over the two sorted id lists). */
    double dot(SparseVector o) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < o.ids.length) {
            if (ids[i] == o.ids[j]) {
                sum += values[i++] * o.values[j++];
            } else if (ids[i] < o.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** The dot product with a dense weight vector indexed by feature id. */
    double dot(double[] dense) {
        double sum = 0;
        for (int i = 0; i < ids.length; i++) {
            sum += values[i] * dense[ids[i]];
        }
        return sum;
    }
}
