package se.isu.demo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Finds integer values (days, ages) for a set of cases such that printed summary figures hold exactly:
 * means as rounded in print, medians, minima and maxima of given groups of cases. Simulated annealing
 * from the values the caller drew, with a fixed seed, so the same inputs always give the same values.
 * Each group keeps its values sorted, so a move costs a few array shifts per group the case is in.
 */
public final class Annealing {

    /** What a group's printed figure is. */
    public enum Kind {
        MEAN, MEDIAN, MIN, MAX
    }

    private final class Goal {
        final Kind kind;
        final int[] members;
        final double target;
        final double halfWidth;
        final int[] sorted;
        long sum;

        Goal(Kind kind, int[] members, double target, int decimals) {
            this.kind = kind;
            this.members = members.clone();
            this.target = target;
            // A mean printed with d decimals lies within half a unit of the last decimal; the margin keeps
            // the printed rounding unambiguous.
            this.halfWidth = kind == Kind.MEAN ? 0.5 * Math.pow(10, -decimals) - 1e-6 : 0;
            this.sorted = new int[members.length];
            for (int i = 0; i < members.length; i++) {
                sorted[i] = values[members[i]];
                sum += sorted[i];
            }
            Arrays.sort(sorted);
        }

        /** Which way the group's values should move: +1 up, -1 down, 0 when the figure holds. */
        int direction() {
            int n = sorted.length;
            double value = switch (kind) {
                case MEAN -> (double) sum / n;
                case MEDIAN -> n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
                case MIN -> sorted[0];
                case MAX -> sorted[n - 1];
            };
            return cost() == 0 ? 0 : value < target ? 1 : -1;
        }

        double cost() {
            int n = sorted.length;
            return switch (kind) {
                // in days (or years) of the group's sum, so that a mean weighs as much as a single value
                case MEAN -> n * Math.max(0, Math.abs((double) sum / n - target) - halfWidth);
                case MEDIAN -> Math.abs((n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) - target);
                case MIN -> Math.abs(sorted[0] - target);
                case MAX -> Math.abs(sorted[n - 1] - target);
            };
        }

        void replace(int old, int now) {
            int at = Arrays.binarySearch(sorted, old);
            int n = sorted.length;
            if (now > old) {
                int to = at;
                while (to + 1 < n && sorted[to + 1] < now) {
                    sorted[to] = sorted[to + 1];
                    to++;
                }
                sorted[to] = now;
            } else if (now < old) {
                int to = at;
                while (to > 0 && sorted[to - 1] > now) {
                    sorted[to] = sorted[to - 1];
                    to--;
                }
                sorted[to] = now;
            }
            sum += now - old;
        }
    }

    private final int[] values;
    private final int[] low;
    private final int[] high;
    private final List<Goal> goals = new ArrayList<>();
    private final List<List<Goal>> goalsOf = new ArrayList<>();
    private final Random random;

    /**
     * @param initial the values drawn for each case, within {@code low} and {@code high}; a case whose
     *                bounds are equal keeps its value
     */
    public Annealing(int[] initial, int[] low, int[] high, long seed) {
        this.values = initial.clone();
        this.low = low.clone();
        this.high = high.clone();
        this.random = new Random(seed);
        for (int i = 0; i < values.length; i++) {
            goalsOf.add(new ArrayList<>());
            if (values[i] < low[i] || values[i] > high[i]) {
                throw new IllegalArgumentException("value " + values[i] + " of case " + i + " outside its bounds");
            }
        }
    }

    /** Asks the cases {@code members} to have the figure {@code kind} equal to {@code target}, printed with {@code decimals}. */
    public Annealing require(Kind kind, int[] members, double target, int decimals) {
        if (members.length == 0) {
            throw new IllegalArgumentException("an empty group has no " + kind);
        }
        Goal goal = new Goal(kind, members, target, decimals);
        goals.add(goal);
        for (int member : members) {
            goalsOf.get(member).add(goal);
        }
        return this;
    }

    /** Same as {@link #require(Kind, int[], double, int)} with whole numbers. */
    public Annealing require(Kind kind, int[] members, double target) {
        return require(kind, members, target, 0);
    }

    private void change(int i, int old, int now) {
        for (Goal goal : goalsOf.get(i)) {
            goal.replace(old, now);
        }
        values[i] = now;
    }

    private Goal unmet() {
        List<Goal> unmet = new ArrayList<>();
        for (Goal goal : goals) {
            if (goal.cost() > 0) {
                unmet.add(goal);
            }
        }
        return unmet.isEmpty() ? null : unmet.get(random.nextInt(unmet.size()));
    }

    /** The figures that do not hold yet, for a message. */
    private String unmetFigures() {
        StringBuilder text = new StringBuilder();
        for (Goal goal : goals) {
            if (goal.cost() > 0) {
                text.append(' ').append(goal.kind).append(' ').append(goal.target).append(" of ").append(goal.members.length)
                        .append(" cases off by ").append(String.format(java.util.Locale.ROOT, "%.3f", goal.cost())).append(';');
            }
        }
        return text.toString();
    }

    private double cost() {
        double total = 0;
        for (Goal goal : goals) {
            total += goal.cost();
        }
        return total;
    }

    /**
     * Moves values until every figure holds; returns them.
     *
     * @throws IllegalStateException when the figures cannot be met within {@code maxMoves}
     */
    public int[] solve(int maxMoves) {
        int[] free = java.util.stream.IntStream.range(0, values.length).filter(i -> low[i] < high[i]).toArray();
        double cost = cost();
        double temperature = 2.0;
        for (int move = 0; move < maxMoves && cost > 1e-9; move++) {
            int i;
            int now;
            Goal unmet = random.nextInt(3) == 0 ? unmet() : null;
            if (unmet != null) {
                // A move aimed at a figure that does not hold: one of its cases, in the direction it needs.
                i = unmet.members[random.nextInt(unmet.members.length)];
                int direction = unmet.direction();
                int old = values[i];
                now = switch (unmet.kind) {
                    case MIN, MAX -> (int) unmet.target;
                    case MEDIAN -> (direction > 0) == (old <= unmet.target) ? (int) unmet.target + (direction > 0 ? random.nextInt(3) : -random.nextInt(3)) : old;
                    case MEAN -> old + direction * (1 + random.nextInt(Math.max(1, (high[i] - low[i]) / 20)));
                };
                now = Math.clamp(now, low[i], high[i]);
            } else {
                i = free[random.nextInt(free.length)];
                int old = values[i];
                int span = high[i] - low[i];
                int step = 1 + random.nextInt(Math.max(1, Math.min(span, 1 + span / (random.nextInt(8) == 0 ? 2 : 25))));
                now = Math.clamp(old + (random.nextBoolean() ? step : -step), low[i], high[i]);
            }
            // Half the moves hand the same number of days to another case the other way, so that the
            // sums of groups holding both (the total, a municipality) stay as they are.
            int j = random.nextBoolean() ? free[random.nextInt(free.length)] : -1;
            int oldI = values[i];
            int nowJ = j < 0 || j == i ? 0 : Math.clamp(values[j] - (now - oldI), low[j], high[j]);
            if (j == i || j >= 0 && nowJ - values[j] != oldI - now) {
                j = -1;
            }
            if (now == oldI) {
                continue;
            }
            // In a fixed order: the costs are summed in floating point, and the same sums must give the
            // same decisions on every run.
            List<Goal> affected = new ArrayList<>(goalsOf.get(i));
            if (j >= 0) {
                for (Goal goal : goalsOf.get(j)) {
                    if (!affected.contains(goal)) {
                        affected.add(goal);
                    }
                }
            }
            double before = 0;
            for (Goal goal : affected) {
                before += goal.cost();
            }
            change(i, oldI, now);
            int oldJ = j >= 0 ? values[j] : 0;
            if (j >= 0) {
                change(j, oldJ, nowJ);
            }
            double after = 0;
            for (Goal goal : affected) {
                after += goal.cost();
            }
            double delta = after - before;
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                cost += delta;
            } else {
                if (j >= 0) {
                    change(j, nowJ, oldJ);
                }
                change(i, now, oldI);
            }
            if (move % 1000 == 999) {
                // Cool down, and heat up again when stuck in a corner where no figure moves any more.
                temperature = temperature < 0.003 ? 1.0 : temperature * 0.96;
                cost = cost();
            }
        }
        if (cost() > 1e-9) {
            throw new IllegalStateException("figures not met:" + unmetFigures());
        }
        return values.clone();
    }
}
