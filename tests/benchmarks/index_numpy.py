#!/usr/bin/env python3
"""The index engine's uncertainty analysis written the straightforward vectorised NumPy way, for the
benchmark's comparison (bench_index runs it on the same input). Same computation as the engine:
per run, every indicator and pillar weight times U(0.75, 1.25), a normalisation (min-max 0..100 or
1..100 for geometric, z-score or 100 + 10 z for geometric) and an aggregation (arithmetic or
geometric) drawn at random; indicator -> pillar -> index; ranks (1 = best); median and 5th/95th
percentile ranks per unit; then the sensitivity to each choice alone (weights only, each
normalisation, each aggregation). Runs are vectorised: one matrix product per pillar and combination.

Usage: index_numpy.py INPUT.csv RUNS SEED   (INPUT: header 'pillar' row then one row per unit)
Prints the seconds spent computing (loading excluded) and the nominal ranks.
"""
import sys, time
import numpy as np


def normalise(x, method, geometric):
    lo, hi = x.min(axis=0), x.max(axis=0)
    if method == 0:
        span = np.where(hi > lo, hi - lo, 1.0)
        base = (x - lo) / span
        return 1 + 99 * base if geometric else 100 * base
    z = (x - x.mean(axis=0)) / x.std(axis=0, ddof=1)
    return 100 + 10 * z if geometric else z


def ranks_of(index):
    runs, units = index.shape
    order = np.argsort(-index, axis=1)
    ranks = np.empty_like(order)
    ranks[np.arange(runs)[:, None], order] = np.arange(1, units + 1)
    return ranks


def monte_carlo(x, pillars, w, pw, norm_choice, agg_choice):
    runs, units = w.shape[0], x.shape[0]
    n_pillars = pillars.max() + 1
    index = np.empty((runs, units))
    for n in (0, 1):
        for a in (0, 1):
            sel = np.nonzero((norm_choice == n) & (agg_choice == a))[0]
            if sel.size == 0:
                continue
            v = normalise(x, n, a == 1)
            v = np.log(v) if a == 1 else v
            pillar_scores = np.empty((sel.size, units, n_pillars))
            for p in range(n_pillars):
                cols = pillars == p
                wp = w[sel][:, cols]                                # runs x k
                pillar_scores[:, :, p] = (wp @ v[:, cols].T) / wp.sum(axis=1, keepdims=True)
            pws = pw[sel]
            idx = np.einsum("rup,rp->ru", pillar_scores, pws) / pws.sum(axis=1, keepdims=True)
            index[sel] = np.exp(idx) if a == 1 else idx
    return ranks_of(index)


def main(path, runs, seed):
    with open(path) as f:
        pillars = np.array([int(v) for v in f.readline().strip().split(",")])
        x = np.loadtxt(f, delimiter=",", ndmin=2)
    units, indicators = x.shape
    n_pillars = pillars.max() + 1
    rng = np.random.default_rng(seed)

    start = time.perf_counter()
    nominal = normalise(x, 0, False)
    nominal_index = np.mean([nominal[:, pillars == p].mean(axis=1) for p in range(n_pillars)], axis=0)
    nominal_ranks = 1 + (nominal_index[None, :] > nominal_index[:, None]).sum(axis=1)

    # The uncertainty analysis: weights, normalisation and aggregation drawn per run.
    w = rng.uniform(0.75, 1.25, size=(runs, indicators))
    pw = rng.uniform(0.75, 1.25, size=(runs, n_pillars))
    ranks = monte_carlo(x, pillars, w, pw, rng.integers(0, 2, size=runs), rng.integers(0, 2, size=runs))
    median = np.percentile(ranks, 50, axis=0)
    p05 = np.percentile(ranks, 5, axis=0)
    p95 = np.percentile(ranks, 95, axis=0)

    # Sensitivity: weights alone (nominal min-max, arithmetic), then each alternative choice alone.
    w2 = rng.uniform(0.75, 1.25, size=(runs, indicators))
    pw2 = rng.uniform(0.75, 1.25, size=(runs, n_pillars))
    zeros = np.zeros(runs, dtype=int)
    weights_only = monte_carlo(x, pillars, w2, pw2, zeros, zeros)
    sens_w = np.abs(weights_only - nominal_ranks[None, :]).mean()
    ones = np.ones((1, indicators)), np.ones((1, n_pillars))
    sens_n = np.mean([np.abs(monte_carlo(x, pillars, *ones, np.array([n]), np.array([0])) - nominal_ranks).mean()
                      for n in (0, 1)])
    sens_a = np.mean([np.abs(monte_carlo(x, pillars, *ones, np.array([0]), np.array([a])) - nominal_ranks).mean()
                      for a in (0, 1)])
    elapsed = time.perf_counter() - start

    print(f"numpy seconds {elapsed:.4f}")
    print("nominal ranks " + " ".join(str(int(r)) for r in nominal_ranks[:10]))
    print(f"median rank of unit 0: {median[0]:.1f} ({p05[0]:.1f}..{p95[0]:.1f})")
    print(f"sensitivity: weights {sens_w:.3f}, normalisation {sens_n:.3f}, aggregation {sens_a:.3f}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
