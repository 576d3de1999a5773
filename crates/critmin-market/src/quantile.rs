//! Exact quantiles of a small sample (budget at risk over an ensemble).

/// The `p`-quantile (0..=1) of `values` by linear interpolation between order statistics
/// (Hyndman-Fan type 7, the default of R and NumPy); NaN for an empty sample.
pub fn quantile(values: &[f64], p: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let h = (v.len() - 1) as f64 * p.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(v.len() - 1);
    v[lo] + (h - lo as f64) * (v[hi] - v[lo])
}
