package org.compendium.themes;

import java.util.List;
import java.util.Set;

/**
 * How much more a theme runs through a meeting once one of its first {@code k} provisions has it, learned on
 * training meetings: {@code Q_t}, the share of the later provisions (after the k-th) with theme t in the meetings whose
 * first k have t, drawn towards t's share over every meeting's later provisions by {@link #PSEUDO} provisions, over
 * {@code Q̄}, the mean of Q over the revealed themes of those meetings. The meeting prior of a lifted
 * {@link MeetingContext} weighs a decided theme's share by it. An experiment of the eleventh pass (G; README, section
 * Themes).
 */
final class Persistence {
    /** The pseudo-provisions that draw a theme's persistence towards its share. */
    static final double PSEUDO = Double.parseDouble(System.getProperty("themes.persistence", "20"));

    private Persistence() {
    }

    /**
     * The lift of every theme at revealed prefix {@code k}, from {@code meetings} (each its examples in document order)
     * other than the one at {@code excluded} (−1: none).
     */
    static double[] lift(List<int[]> meetings, int excluded, int k, List<Set<Integer>> gold, int themes) {
        double[] later = new double[themes];
        double total = 0;
        double[] num = new double[themes];
        double[] den = new double[themes];
        boolean[][] revealed = new boolean[meetings.size()][themes];
        for (int m = 0; m < meetings.size(); m++) {
            int[] ex = meetings.get(m);
            if (m == excluded || ex.length <= k) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                for (int t : gold.get(ex[j])) {
                    revealed[m][t] = true;
                }
            }
            double[] counts = new double[themes];
            for (int j = k; j < ex.length; j++) {
                for (int t : gold.get(ex[j])) {
                    counts[t]++;
                }
            }
            int n = ex.length - k;
            total += n;
            for (int t = 0; t < themes; t++) {
                later[t] += counts[t];
                if (revealed[m][t]) {
                    num[t] += counts[t];
                    den[t] += n;
                }
            }
        }
        double[] q = new double[themes];
        for (int t = 0; t < themes; t++) {
            double base = total == 0 ? 0 : later[t] / total;
            q[t] = (num[t] + PSEUDO * base) / (den[t] + PSEUDO);
        }
        double sum = 0;
        int count = 0;
        for (int m = 0; m < meetings.size(); m++) {
            for (int t = 0; t < themes; t++) {
                if (revealed[m][t]) {
                    sum += q[t];
                    count++;
                }
            }
        }
        double mean = count == 0 ? 0 : sum / count;
        double[] lift = new double[themes];
        for (int t = 0; t < themes; t++) {
            lift[t] = mean == 0 ? 1 : q[t] / mean;
        }
        return lift;
    }
}
