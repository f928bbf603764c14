//! The arithmetic of the tables, kept apart from the measuring so that it can be tested: the
//! median and range of a sample, throughput, the ratios taken pairwise within each round, the
//! order of the contenders in a round, and whether a target is met.

/// The median and the range (minimum to maximum) of a sample.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    /// The middle value; the mean of the two middle values when the sample has an even size.
    pub median: f64,
    /// The smallest value.
    pub min: f64,
    /// The largest value.
    pub max: f64,
    /// How many values.
    pub n: usize,
}

/// The median and range of `values`; `None` for an empty sample or one with a NaN.
pub fn summarize(values: &[f64]) -> Option<Summary> {
    if values.is_empty() || values.iter().any(|v| v.is_nan()) {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    Some(Summary {
        median,
        min: sorted[0],
        max: sorted[n - 1],
        n,
    })
}

/// Throughput in MB/s (10^6 bytes a second) of `bytes` handled in `ns` nanoseconds.
pub fn mb_per_s(bytes: usize, ns: u64) -> f64 {
    if ns == 0 {
        return f64::INFINITY;
    }
    bytes as f64 / (ns as f64 / 1e9) / 1e6
}

/// For each round, the throughput of `ours` divided by the throughput of `peer` on the same
/// bytes, which is the peer's time divided by ours. Round `i` of one is paired with round `i`
/// of the other only; a round missing from either (or timed 0: it failed) is left out.
pub fn pairwise_ratios(ours_ns: &[u64], peer_ns: &[u64]) -> Vec<f64> {
    ours_ns
        .iter()
        .zip(peer_ns)
        .filter(|(ours, peer)| **ours > 0 && **peer > 0)
        .map(|(ours, peer)| *peer as f64 / *ours as f64)
        .collect()
}

/// The order in which `n` contenders run in round `round`: rotated by one each round, so that
/// over `n` rounds each runs first once, and each follows the same neighbour.
pub fn rotation(round: usize, n: usize) -> Vec<usize> {
    (0..n).map(|k| (round + k) % n).collect()
}

/// Whether allocations grow with the document: more than twice as many at the larger size as
/// at the smaller (a count bounded by the document's size would stay about the same).
pub fn allocations_grow(small: u64, large: u64) -> bool {
    large > small.saturating_mul(2)
}

/// The side of a threshold a measured number must be on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// At least this much.
    AtLeast(f64),
    /// At most this much.
    AtMost(f64),
}

impl Bound {
    /// Whether `measured` is on the right side of the threshold (the threshold itself counts).
    pub fn met_by(self, measured: f64) -> bool {
        match self {
            Bound::AtLeast(threshold) => measured >= threshold,
            Bound::AtMost(threshold) => measured <= threshold,
        }
    }

    /// `≥ 2×`, `≤ 1.15×`.
    pub fn describe(self) -> String {
        match self {
            Bound::AtLeast(threshold) => format!("≥ {threshold}×"),
            Bound::AtMost(threshold) => format!("≤ {threshold}×"),
        }
    }
}

/// What became of a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The measured number is on the right side.
    Met,
    /// It is not.
    Missed,
    /// Nothing was measured (a size not asked for, a program not found).
    NotMeasured,
}

impl Verdict {
    /// The verdict of a measured number, if any, against `bound`.
    pub fn of(measured: Option<f64>, bound: Bound) -> Self {
        match measured {
            Some(value) if bound.met_by(value) => Verdict::Met,
            Some(_) => Verdict::Missed,
            None => Verdict::NotMeasured,
        }
    }

    /// `MET`, `MISSED`, `not measured`.
    pub fn word(self) -> &'static str {
        match self {
            Verdict::Met => "MET",
            Verdict::Missed => "MISSED",
            Verdict::NotMeasured => "not measured",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_range() {
        let odd = summarize(&[3.0, 1.0, 2.0]).expect("a sample");
        assert_eq!((odd.median, odd.min, odd.max, odd.n), (2.0, 1.0, 3.0, 3));
        let even = summarize(&[4.0, 1.0, 3.0, 2.0]).expect("a sample");
        assert_eq!((even.median, even.min, even.max), (2.5, 1.0, 4.0));
        assert_eq!(summarize(&[]), None);
        assert_eq!(summarize(&[1.0, f64::NAN]), None);
    }

    #[test]
    fn throughput() {
        // 1 MB in 10 ms is 100 MB/s.
        assert!((mb_per_s(1_000_000, 10_000_000) - 100.0).abs() < 1e-9);
    }

    #[test]
    fn ratios_are_pairwise_within_a_round() {
        // Ours twice as fast in round 0, as fast in round 1: the ratios are 2 and 1, whatever
        // the times of other rounds; the third failed for the peer, its fourth has no partner.
        let ratios = pairwise_ratios(&[10, 40, 7], &[20, 40, 0, 5]);
        assert_eq!(ratios, vec![2.0, 1.0]);
        let summary = summarize(&ratios).expect("a sample");
        assert_eq!((summary.median, summary.min, summary.max), (1.5, 1.0, 2.0));
    }

    #[test]
    fn each_contender_leads_once_in_a_cycle() {
        let n = 5;
        let firsts: Vec<usize> = (0..n).map(|round| rotation(round, n)[0]).collect();
        assert_eq!(firsts, vec![0, 1, 2, 3, 4]);
        for round in 0..n {
            let mut order = rotation(round, n);
            order.sort_unstable();
            assert_eq!(order, (0..n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn verdicts() {
        assert_eq!(Verdict::of(Some(2.0), Bound::AtLeast(2.0)), Verdict::Met);
        assert_eq!(
            Verdict::of(Some(1.99), Bound::AtLeast(2.0)),
            Verdict::Missed
        );
        assert_eq!(Verdict::of(Some(1.15), Bound::AtMost(1.15)), Verdict::Met);
        assert_eq!(Verdict::of(Some(1.2), Bound::AtMost(1.15)), Verdict::Missed);
        assert_eq!(Verdict::of(None, Bound::AtMost(3.0)), Verdict::NotMeasured);
        assert_eq!(Bound::AtLeast(0.6).describe(), "≥ 0.6×");
    }

    #[test]
    fn growth_of_allocations() {
        assert!(!allocations_grow(1_000, 2_000));
        assert!(allocations_grow(1_000, 2_001));
        assert!(!allocations_grow(0, 0));
    }
}
